<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Uploads are paused: {why}</source>
        <translation>अपलोड रुके हैं: {why}</translation>
    </message>
    <message>
        <source>They have not reached the server yet.</source>
        <translation>ये अभी सर्वर तक नहीं पहुँचे हैं।</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) made on this computer are not on the server.</source>
        <translation>
            <numerusform>इस कंप्यूटर पर किया गया %n चेक-इन सर्वर पर नहीं है।</numerusform>
            <numerusform>इस कंप्यूटर पर किए गए %n चेक-इन सर्वर पर नहीं हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>No event “{key}” on this server.</source>
        <translation>इस सर्वर पर “{key}” नाम का कोई इवेंट नहीं है।</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>पहले साइन इन करें।</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>पिछला चेक-इन</translation>
    </message>
    <message>
        <source>✓ in</source>
        <translation>✓ अंदर</translation>
    </message>
    <message>
        <source>— not in</source>
        <translation>— अंदर नहीं</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to upload</source>
        <translation>
            <numerusform>%n बदलाव अपलोड की प्रतीक्षा में</numerusform>
            <numerusform>%n बदलाव अपलोड की प्रतीक्षा में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) the server refused (see Problems)</source>
        <translation>
            <numerusform>सर्वर ने %n बदलाव अस्वीकार किया (समस्याएँ देखें)</numerusform>
            <numerusform>सर्वर ने %n बदलाव अस्वीकार किए (समस्याएँ देखें)</numerusform>
        </translation>
    </message>
    <message>
        <source> on {device}</source>
        <translation> {device} पर</translation>
    </message>
    <message>
        <source>in at {when}</source>
        <translation>{when} पर अंदर</translation>
    </message>
    <message>
        <source>out at {when}</source>
        <translation>{when} पर बाहर</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>अभी कोई चेक-इन नहीं।</translation>
    </message>
    <message>
        <source>Search name, e-mail, order or code</source>
        <translation>नाम, ई-मेल, ऑर्डर या कोड खोजें</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>चेक-इन हुआ</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>चेक-इन नहीं हुआ</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>अपलोड की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>अपलोड विफल</translation>
    </message>
    <message>
        <source>Attendee details</source>
        <translation>प्रतिभागी का विवरण</translation>
    </message>
    <message>
        <source>Select an attendee to see the details.</source>
        <translation>विवरण देखने के लिए कोई प्रतिभागी चुनें।</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>चेक-इन करें</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>चेक-आउट करें…</translation>
    </message>
    <message>
        <source>Print badge</source>
        <translation>बैज प्रिंट करें</translation>
    </message>
    <message>
        <source>Print this person&apos;s badge now (a reprint included)</source>
        <translation>इस व्यक्ति का बैज अभी प्रिंट करें (दोबारा प्रिंट भी)</translation>
    </message>
    <message>
        <source>more than {n} attendees</source>
        <translation>{n} से अधिक प्रतिभागी</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n प्रतिभागी</numerusform>
            <numerusform>%n प्रतिभागी</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge of {name} sent to the printer queue.</source>
        <translation>{name} का बैज प्रिंटर कतार में भेजा गया।</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>चेक-आउट करें</translation>
    </message>
    <message>
        <source>Check out {name}?</source>
        <translation>{name} का चेक-आउट करें?</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>कैमरा:</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>कैमरा चालू करें</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>कैमरे खोजे जा रहे हैं…</translation>
    </message>
    <message>
        <source>Could not look for cameras: {detail}
Type the code below or use a USB scanner.</source>
        <translation>कैमरे नहीं खोजे जा सके: {detail}
नीचे कोड टाइप करें या USB स्कैनर का उपयोग करें।</translation>
    </message>
    <message>
        <source>Camera {n}</source>
        <translation>कैमरा {n}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>फ़ाइल: {name}</translation>
    </message>
    <message>
        <source>No camera found.
Type the code below, or use a USB barcode scanner: it works anywhere in this window.</source>
        <translation>कोई कैमरा नहीं मिला।
नीचे कोड टाइप करें या USB बारकोड स्कैनर का उपयोग करें: यह इस विंडो में कहीं भी काम करता है।</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>कैमरा बंद</translation>
    </message>
    <message>
        <source>Starting camera…</source>
        <translation>कैमरा चालू हो रहा है…</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>कैमरा बंद करें</translation>
    </message>
    <message>
        <source>Camera unavailable — trying again…
{detail}
Meanwhile type the code below or use a USB scanner.</source>
        <translation>कैमरा उपलब्ध नहीं — फिर से कोशिश…
{detail}
तब तक नीचे कोड टाइप करें या USB स्कैनर का उपयोग करें।</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>वीडियो समाप्त हो गया।</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>चेक-इन हुए</translation>
    </message>
    <message>
        <source>of all attendees</source>
        <translation>सभी प्रतिभागियों में से</translation>
    </message>
    <message>
        <source>waiting to upload</source>
        <translation>अपलोड की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>failed uploads</source>
        <translation>विफल अपलोड</translation>
    </message>
    <message>
        <source>Arrivals per 15 minutes</source>
        <translation>हर 15 मिनट में आगमन</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Once (if not printed before)</source>
        <translation>एक बार (अगर पहले प्रिंट नहीं हुआ)</translation>
    </message>
    <message>
        <source>At every check-in</source>
        <translation>हर चेक-इन पर</translation>
    </message>
    <message>
        <source>The server&apos;s layout for each ticket type</source>
        <translation>हर टिकट प्रकार के लिए सर्वर का लेआउट</translation>
    </message>
    <message>
        <source>Built-in: name, company, ticket type, QR</source>
        <translation>अंतर्निहित: नाम, कंपनी, टिकट प्रकार, QR</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>बैज</translation>
    </message>
    <message>
        <source>(none: do not print)</source>
        <translation>(कोई नहीं: प्रिंट न करें)</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (जुड़ा नहीं)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>प्रिंटर</translation>
    </message>
    <message>
        <source>Badge size</source>
        <translation>बैज का आकार</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>लेआउट</translation>
    </message>
    <message>
        <source>Print at check-in</source>
        <translation>चेक-इन पर प्रिंट करें</translation>
    </message>
    <message>
        <source>Per ticket type: name=never, once or always, separated by semicolons</source>
        <translation>टिकट प्रकार के अनुसार: नाम=never, once या always, अर्धविराम से अलग</translation>
    </message>
    <message>
        <source>Per ticket type</source>
        <translation>टिकट प्रकार के अनुसार</translation>
    </message>
    <message>
        <source>Preview with a sample name</source>
        <translation>नमूना नाम के साथ पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Print this badge</source>
        <translation>यह बैज प्रिंट करें</translation>
    </message>
    <message>
        <source>Preview: {name}</source>
        <translation>पूर्वावलोकन: {name}</translation>
    </message>
    <message>
        <source>Check-ins per door</source>
        <translation>हर द्वार पर चेक-इन</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Door (device)</source>
        <translation>द्वार (डिवाइस)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>चेक-इन</translation>
    </message>
    <message>
        <source>(no ticket type)</source>
        <translation>(कोई टिकट प्रकार नहीं)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(अज्ञात)</translation>
    </message>
    <message>
        <source>Scans on this device: {parts}</source>
        <translation>इस डिवाइस पर स्कैन: {parts}</translation>
    </message>
    <message>
        <source>No scans on this device yet.</source>
        <translation>इस डिवाइस पर अभी कोई स्कैन नहीं।</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>आगमन</translation>
    </message>
    <message>
        <source>Arrivals per 15 minutes (none yet)</source>
        <translation>हर 15 मिनट में आगमन (अभी कोई नहीं)</translation>
    </message>
    <message>
        <source>Arrivals per hour</source>
        <translation>हर घंटे आगमन</translation>
    </message>
    <message>
        <source>Arrivals per {n} hours</source>
        <translation>हर {n} घंटे में आगमन</translation>
    </message>
    <message>
        <source>Arrivals per {n} minutes</source>
        <translation>हर {n} मिनट में आगमन</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>प्रतिभागी</translation>
    </message>
    <message>
        <source>First admitted</source>
        <translation>पहली बार प्रवेश</translation>
    </message>
    <message>
        <source>Admitted again</source>
        <translation>फिर से प्रवेश</translation>
    </message>
    <message>
        <source>{when} at {door}</source>
        <translation>{when}, {door} पर</translation>
    </message>
    <message>
        <source>Admitted twice</source>
        <translation>दो बार प्रवेश</translation>
    </message>
    <message>
        <source>A ticket was let in at two doors before they had synced, with no check-out between. Check whether it was copied.</source>
        <translation>सिंक होने से पहले एक टिकट को दो द्वारों पर प्रवेश मिला, बीच में कोई चेक-आउट नहीं। जाँचें कि कहीं उसकी नकल तो नहीं हुई।</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a ticket was let in at two doors before they had synced, with no check-out between. Check whether those tickets were copied.</source>
        <translation>
            <numerusform>सिंक होने से पहले %n बार एक टिकट को दो द्वारों पर प्रवेश मिला, बीच में कोई चेक-आउट नहीं। जाँचें कि कहीं इन टिकटों की नकल तो नहीं हुई।</numerusform>
            <numerusform>सिंक होने से पहले %n बार एक टिकट को दो द्वारों पर प्रवेश मिला, बीच में कोई चेक-आउट नहीं। जाँचें कि कहीं इन टिकटों की नकल तो नहीं हुई।</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket was admitted at two doors.</source>
        <translation>किसी टिकट को दो द्वारों पर प्रवेश नहीं मिला।</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space, then scan again.</source>
        <translation>डिस्क भरी है: कुछ भी सहेजा नहीं गया। जगह खाली करें, फिर दोबारा स्कैन करें।</translation>
    </message>
    <message>
        <source>The local database is busy (is Orga App open twice on this computer?). Nothing was saved; scan again.</source>
        <translation>लोकल डेटाबेस व्यस्त है (क्या इस कंप्यूटर पर Orga App दो बार खुला है?)। कुछ भी सहेजा नहीं गया; दोबारा स्कैन करें।</translation>
    </message>
    <message>
        <source>The data folder is read-only: nothing was saved.</source>
        <translation>डेटा फ़ोल्डर केवल-पठन है: कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>The local database failed ({detail}): nothing was saved.</source>
        <translation>लोकल डेटाबेस विफल हुआ ({detail}): कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>गलत ई-मेल या पासवर्ड।</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Check the server address and this computer&apos;s date and time.</source>
        <translation>सर्वर का प्रमाणपत्र सत्यापित नहीं हो सका। सर्वर का पता और इस कंप्यूटर की तारीख व समय जाँचें।</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network and the server address.</source>
        <translation>सर्वर तक नहीं पहुँच सकते। नेटवर्क और सर्वर का पता जाँचें।</translation>
    </message>
    <message>
        <source>This account is not allowed to do that.</source>
        <translation>इस खाते को इसकी अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>सर्वर में समस्या हुई। थोड़ी देर में फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>The server refused: {reason}</source>
        <translation>सर्वर ने अस्वीकार किया: {reason}</translation>
    </message>
    <message>
        <source>Camera problem: {detail}</source>
        <translation>कैमरे में समस्या: {detail}</translation>
    </message>
    <message>
        <source>Could not read or write a file: {detail}</source>
        <translation>फ़ाइल पढ़ी या लिखी नहीं जा सकी: {detail}</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}</source>
        <translation>अनपेक्षित त्रुटि: {kind}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>कुछ गलत हो गया</translation>
    </message>
    <message>
        <source>Details were saved to {path}.</source>
        <translation>विवरण {path} में सहेजा गया।</translation>
    </message>
    <message>
        <source>The app hit a bug. Scanning keeps working; check-ins already made are saved.</source>
        <translation>ऐप में एक त्रुटि आई। स्कैनिंग चालू है; किए गए चेक-इन सहेजे गए हैं।</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>त्रुटि का विवरण</translation>
    </message>
    <message>
        <source>server admin</source>
        <translation>सर्वर एडमिन</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>स्वामी</translation>
    </message>
    <message>
        <source>organizer</source>
        <translation>आयोजक</translation>
    </message>
    <message>
        <source>co-organizer</source>
        <translation>सह-आयोजक</translation>
    </message>
    <message>
        <source>registrar</source>
        <translation>रजिस्ट्रार</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>कोई भूमिका नहीं</translation>
    </message>
    <message>
        <source>This account is {role} for “{event}”: the server does not let it record check-ins, so scans here would never reach the server. Ask the event&apos;s owner to make this account co-organizer (or organizer), or sign in as a server admin.</source>
        <translation>यह खाता “{event}” के लिए {role} है: सर्वर इसे चेक-इन दर्ज करने नहीं देता, इसलिए यहाँ के स्कैन कभी सर्वर तक नहीं पहुँचेंगे। इवेंट के स्वामी से इस खाते को सह-आयोजक (या आयोजक) बनाने को कहें, या सर्वर एडमिन के रूप में साइन इन करें।</translation>
    </message>
    <message>
        <source>Check-ins go up through a registration station: the server records its own time of upload (the scan time stays on this computer) and cannot record check-outs (only a server admin can).</source>
        <translation>चेक-इन एक पंजीकरण स्टेशन के ज़रिए जाते हैं: सर्वर अपना अपलोड समय दर्ज करता है (स्कैन का समय इस कंप्यूटर पर रहता है) और चेक-आउट दर्ज नहीं कर सकता (केवल सर्वर एडमिन कर सकता है)।</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>कोई तारीख नहीं</translation>
    </message>
    <message>
        <source>some products only</source>
        <translation>केवल कुछ उत्पाद</translation>
    </message>
    <message>
        <source>unpaid orders admitted</source>
        <translation>बिना भुगतान वाले ऑर्डर मान्य</translation>
    </message>
    <message>
        <source>multiple entries</source>
        <translation>कई बार प्रवेश</translation>
    </message>
    <message>
        <source>Check-in list: {name} (exit)</source>
        <translation>चेक-इन सूची: {name} (निकास)</translation>
    </message>
    <message>
        <source>Check-in list: {name}</source>
        <translation>चेक-इन सूची: {name}</translation>
    </message>
    <message>
        <source>Choose the event at this door</source>
        <translation>इस द्वार के लिए इवेंट चुनें</translation>
    </message>
    <message>
        <source>Check-in list</source>
        <translation>चेक-इन सूची</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>प्रवेश</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>निकास</translation>
    </message>
    <message>
        <source>Event number or identifier</source>
        <translation>इवेंट संख्या या पहचान</translation>
    </message>
    <message>
        <source>Find event on server</source>
        <translation>सर्वर पर इवेंट खोजें</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>साइन आउट</translation>
    </message>
    <message>
        <source>Refresh list from server</source>
        <translation>सर्वर से सूची ताज़ा करें</translation>
    </message>
    <message>
        <source>Check readiness</source>
        <translation>तैयारी जाँचें</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>इवेंट खोलें</translation>
    </message>
    <message>
        <source>  (local list)</source>
        <translation>  (लोकल सूची)</translation>
    </message>
    <message>
        <source>  · you: {role}</source>
        <translation>  · आप: {role}</translation>
    </message>
    <message>
        <source>No events yet. Sign in and refresh the list.</source>
        <translation>अभी कोई इवेंट नहीं। साइन इन करें और सूची ताज़ा करें।</translation>
    </message>
    <message>
        <source>This event has no check-in list on the server: refresh the list.</source>
        <translation>इस इवेंट की सर्वर पर कोई चेक-इन सूची नहीं है: सूची ताज़ा करें।</translation>
    </message>
    <message>
        <source>Looking for event {key}…</source>
        <translation>इवेंट {key} खोजा जा रहा है…</translation>
    </message>
    <message>
        <source>Attendee list (*.csv)</source>
        <translation>प्रतिभागी सूची (*.csv)</translation>
    </message>
    <message>
        <source>Scan log (*.csv)</source>
        <translation>स्कैन लॉग (*.csv)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>CSV में निर्यात करें</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>प्रतिभागी</translation>
    </message>
    <message>
        <source>scan log</source>
        <translation>स्कैन लॉग</translation>
    </message>
    <message>
        <source>Exporting {what} to {name}…</source>
        <translation>{what} को {name} में निर्यात किया जा रहा है…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <source>Orga App — self check-in</source>
        <translation>Orga App — स्वयं चेक-इन</translation>
    </message>
    <message>
        <source>the video ended</source>
        <translation>वीडियो समाप्त हो गया</translation>
    </message>
    <message>
        <source>Camera unavailable — you can still use the scanner at the desk</source>
        <translation>कैमरा उपलब्ध नहीं — आप डेस्क पर स्कैनर का उपयोग कर सकते हैं</translation>
    </message>
    <message>
        <source>Paper or phone — both work. Staff at the desk are happy to help.</source>
        <translation>कागज़ या फ़ोन — दोनों चलेंगे। डेस्क पर स्टाफ़ मदद करेगा।</translation>
    </message>
    <message>
        <source>Welcome to {event}!</source>
        <translation>{event} में आपका स्वागत है!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>स्वागत है!</translation>
    </message>
    <message>
        <source>Self check-in is not set up yet — please see the desk</source>
        <translation>स्वयं चेक-इन अभी सेट नहीं है — कृपया डेस्क पर जाएँ</translation>
    </message>
    <message>
        <source>Hold your ticket&apos;s QR code up to the camera</source>
        <translation>अपने टिकट का QR कोड कैमरे के सामने रखें</translation>
    </message>
    <message>
        <source>Please scan your ticket</source>
        <translation>कृपया अपना टिकट स्कैन करें</translation>
    </message>
    <message>
        <source>Ticket not recognised — please see the desk</source>
        <translation>टिकट पहचाना नहीं गया — कृपया डेस्क पर जाएँ</translation>
    </message>
    <message>
        <source>Please see the desk</source>
        <translation>कृपया डेस्क पर जाएँ</translation>
    </message>
    <message>
        <source>Sorry, that did not work — please see the desk</source>
        <translation>क्षमा करें, यह नहीं हुआ — कृपया डेस्क पर जाएँ</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>आखिरी अंक मिटाएँ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Set the operator PIN for this kiosk</source>
        <translation>इस कियोस्क के लिए ऑपरेटर PIN सेट करें</translation>
    </message>
    <message>
        <source>Choose a new operator PIN</source>
        <translation>नया ऑपरेटर PIN चुनें</translation>
    </message>
    <message>
        <source>4 to 8 digits. You need it to leave kiosk mode.</source>
        <translation>4 से 8 अंक। कियोस्क मोड छोड़ने के लिए ज़रूरी।</translation>
    </message>
    <message>
        <source>Operator PIN</source>
        <translation>ऑपरेटर PIN</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>यह PIN सही नहीं है। कृपया फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits. Please try again.</source>
        <translation>PIN में 4 से 8 अंक होते हैं। कृपया फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>वही PIN फिर से डालें</translation>
    </message>
    <message>
        <source>The two PINs were different. Please start again.</source>
        <translation>दोनों PIN अलग थे। कृपया फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <source>Back to self check-in</source>
        <translation>स्वयं चेक-इन पर लौटें</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>सेटिंग्स…</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>PIN बदलें</translation>
    </message>
    <message>
        <source>Exit kiosk mode</source>
        <translation>कियोस्क मोड छोड़ें</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Please wait %n second(s).</source>
        <translation>
            <numerusform>बहुत सारे गलत प्रयास। कृपया %n सेकंड रुकें।</numerusform>
            <numerusform>बहुत सारे गलत प्रयास। कृपया %n सेकंड रुकें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Please wait %n minute(s).</source>
        <translation>
            <numerusform>बहुत सारे गलत प्रयास। कृपया %n मिनट रुकें।</numerusform>
            <numerusform>बहुत सारे गलत प्रयास। कृपया %n मिनट रुकें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Already checked in at {when}</source>
        <translation>{when} पर पहले ही चेक-इन हो चुका</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>लॉग</translation>
    </message>
    <message>
        <source>Full log: {path}</source>
        <translation>पूरा लॉग: {path}</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>अभी कुछ लॉग नहीं हुआ।</translation>
    </message>
    <message>
        <source>{server} uses plain http: your password, the session and attendee data would cross the network unencrypted, readable by anyone on the same Wi-Fi.

Connect without encryption for this session only?</source>
        <translation>{server} बिना एन्क्रिप्शन के http का उपयोग करता है: आपका पासवर्ड, सत्र और प्रतिभागी डेटा नेटवर्क पर बिना एन्क्रिप्शन के जाएगा, उसी Wi-Fi पर कोई भी पढ़ सकता है।

केवल इस सत्र के लिए बिना एन्क्रिप्शन जुड़ें?</translation>
    </message>
    <message>
        <source>Sign in to your event server</source>
        <translation>अपने इवेंट सर्वर में साइन इन करें</translation>
    </message>
    <message>
        <source>Sign in once with internet; afterwards the door works offline on cached data.</source>
        <translation>इंटरनेट के साथ एक बार साइन इन करें; उसके बाद द्वार सहेजे गए डेटा पर ऑफ़लाइन काम करता है।</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>सर्वर</translation>
    </message>
    <message>
        <source>Open Event (eventyay API v1)</source>
        <translation>Open Event (eventyay API v1)</translation>
    </message>
    <message>
        <source>pretix or eventyay-tickets</source>
        <translation>pretix या eventyay-tickets</translation>
    </message>
    <message>
        <source>Server type</source>
        <translation>सर्वर प्रकार</translation>
    </message>
    <message>
        <source>Back to the events</source>
        <translation>इवेंट पर वापस</translation>
    </message>
    <message>
        <source>Keep working with the events already on this computer</source>
        <translation>इस कंप्यूटर पर पहले से मौजूद इवेंट के साथ काम जारी रखें</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>aap@example.org</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Pair this computer as a door device</source>
        <translation>इस कंप्यूटर को द्वार डिवाइस के रूप में जोड़ें</translation>
    </message>
    <message>
        <source>Use an organizer team&apos;s API token</source>
        <translation>आयोजक टीम का API टोकन उपयोग करें</translation>
    </message>
    <message>
        <source>the one-time token the organizer shows</source>
        <translation>आयोजक द्वारा दिखाया गया एक-बार का टोकन</translation>
    </message>
    <message>
        <source>Pairing token</source>
        <translation>जोड़ने का टोकन</translation>
    </message>
    <message>
        <source>organizer short name, e.g. demo</source>
        <translation>आयोजक का छोटा नाम, जैसे demo</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>आयोजक</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API टोकन</translation>
    </message>
    <message>
        <source>Checking what kind of server this is…</source>
        <translation>सर्वर का प्रकार जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>This is a pretix-type server (pretix or eventyay-tickets).</source>
        <translation>यह pretix प्रकार का सर्वर है (pretix या eventyay-tickets)।</translation>
    </message>
    <message>
        <source>Not a pretix server, or it did not answer: Open Event is assumed.</source>
        <translation>pretix सर्वर नहीं है, या जवाब नहीं मिला: Open Event माना गया।</translation>
    </message>
    <message>
        <source>Please fill in the server, e-mail and password.</source>
        <translation>कृपया सर्वर, ई-मेल और पासवर्ड भरें।</translation>
    </message>
    <message>
        <source>Please fill in the server and the pairing token.</source>
        <translation>कृपया सर्वर और जोड़ने का टोकन भरें।</translation>
    </message>
    <message>
        <source>Please fill in the server, the organizer and the API token.</source>
        <translation>कृपया सर्वर, आयोजक और API टोकन भरें।</translation>
    </message>
    <message>
        <source>Not signed in: {server} is not encrypted. Use https:// if it has it.</source>
        <translation>साइन इन नहीं हुआ: {server} एन्क्रिप्टेड नहीं है। हो सके तो https:// उपयोग करें।</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>साइन इन हो रहा है…</translation>
    </message>
    <message>
        <source>Unencrypted server</source>
        <translation>बिना एन्क्रिप्शन वाला सर्वर</translation>
    </message>
    <message>
        <source>Orga App — check-in</source>
        <translation>Orga App — चेक-इन</translation>
    </message>
    <message>
        <source>Retry badges</source>
        <translation>बैज फिर प्रिंट करें</translation>
    </message>
    <message>
        <source>Signed in as {email} on {server}</source>
        <translation>{server} पर {email} के रूप में साइन इन</translation>
    </message>
    <message>
        <source>Not signed in (local lists only)</source>
        <translation>साइन इन नहीं (केवल लोकल सूचियाँ)</translation>
    </message>
    <message>
        <source>Asking the server for the events…</source>
        <translation>सर्वर से इवेंट माँगे जा रहे हैं…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in. %n event(s) available.</source>
        <translation>
            <numerusform>साइन इन हो गया। %n इवेंट उपलब्ध।</numerusform>
            <numerusform>साइन इन हो गया। %n इवेंट उपलब्ध।</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay saved under this account and are uploaded only after signing in with it again. Another account does not see them and would admit the same people again. Sign out anyway?</source>
        <translation>ये इसी खाते में सहेजे रहते हैं और इसी खाते से फिर साइन इन करने पर ही अपलोड होते हैं। दूसरा खाता इन्हें नहीं देखता और उन्हीं लोगों को फिर से प्रवेश देगा। फिर भी साइन आउट करें?</translation>
    </message>
    <message>
        <source>A ticket ({code}) was scanned while a window was open: nobody was checked in. Close the window and scan again.</source>
        <translation>विंडो खुली रहते एक टिकट ({code}) स्कैन हुआ: किसी का चेक-इन नहीं हुआ। विंडो बंद करें और दोबारा स्कैन करें।</translation>
    </message>
    <message>
        <source>scans</source>
        <translation>स्कैन</translation>
    </message>
    <message>
        <source>Exported {n} {what} to {path}</source>
        <translation>{n} {what} को {path} में निर्यात किया</translation>
    </message>
    <message>
        <source>Retry badges ({n})</source>
        <translation>बैज फिर प्रिंट करें ({n})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>They stay saved on this computer and are uploaded when the app runs again with this account and the server is reachable. Close anyway?</source>
        <translation>ये इस कंप्यूटर पर सहेजे रहते हैं और ऐप के इस खाते से फिर चलने और सर्वर उपलब्ध होने पर अपलोड होते हैं। फिर भी बंद करें?</translation>
    </message>
    <message>
        <source>CHECK-OUT MODE — a scan lets the person leave</source>
        <translation>चेक-आउट मोड — स्कैन से व्यक्ति बाहर जाता है</translation>
    </message>
    <message>
        <source>VALIDATE ONLY — nothing is recorded</source>
        <translation>केवल जाँच — कुछ दर्ज नहीं होता</translation>
    </message>
    <message>
        <source>CHECK-IN MODE — a scan admits the person</source>
        <translation>चेक-इन मोड — स्कैन से व्यक्ति को प्रवेश</translation>
    </message>
    <message>
        <source>Ready to check out</source>
        <translation>चेक-आउट के लिए तैयार</translation>
    </message>
    <message>
        <source>Ready to validate</source>
        <translation>जाँच के लिए तैयार</translation>
    </message>
    <message>
        <source>Ready to check in</source>
        <translation>चेक-इन के लिए तैयार</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>स्कैन समय</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>डिवाइस</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>सर्वर का कारण</translation>
    </message>
    <message>
        <source>The server refused these check-ins. Retry sends them again (e.g. after the problem was fixed on the server); Discard keeps them here as discarded.</source>
        <translation>सर्वर ने ये चेक-इन अस्वीकार किए। &quot;फिर भेजें&quot; इन्हें दोबारा भेजता है (जैसे सर्वर पर समस्या ठीक होने के बाद); &quot;हटाएँ&quot; इन्हें यहाँ हटाए गए के रूप में रखता है।</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>सभी चुनें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर भेजें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>हटाएँ</translation>
    </message>
    <message numerus="yes">
        <source>Uploads are paused: {why}
%n check-in(s) made here are not on the server. They stay saved on this computer. Sign in with an account that may check attendees in (Change event → Sign out), or ask the organizer to give this account that right; then Sync now.</source>
        <translation>
            <numerusform>अपलोड रुके हैं: {why}
यहाँ किया गया %n चेक-इन सर्वर पर नहीं है। यह इस कंप्यूटर पर सहेजा रहता है। ऐसे खाते से साइन इन करें जिसे चेक-इन की अनुमति हो (इवेंट बदलें → साइन आउट), या आयोजक से इस खाते को यह अधिकार देने को कहें; फिर &quot;अभी सिंक करें&quot;।</numerusform>
            <numerusform>अपलोड रुके हैं: {why}
यहाँ किए गए %n चेक-इन सर्वर पर नहीं हैं। ये इस कंप्यूटर पर सहेजे रहते हैं। ऐसे खाते से साइन इन करें जिसे चेक-इन की अनुमति हो (इवेंट बदलें → साइन आउट), या आयोजक से इस खाते को यह अधिकार देने को कहें; फिर &quot;अभी सिंक करें&quot;।</numerusform>
        </translation>
    </message>
    <message>
        <source>badge printed</source>
        <translation>बैज प्रिंट हुआ</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) need a decision.</source>
        <translation>
            <numerusform>%n चेक-इन पर निर्णय चाहिए।</numerusform>
            <numerusform>%n चेक-इन पर निर्णय चाहिए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n check-in(s) of {names}? They will not be sent to the server.</source>
        <translation>
            <numerusform>{names} का %n चेक-इन हटाएँ? यह सर्वर को नहीं भेजा जाएगा।</numerusform>
            <numerusform>{names} के %n चेक-इन हटाएँ? ये सर्वर को नहीं भेजे जाएँगे।</numerusform>
        </translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>चेक-इन</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>चेक-आउट</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(कोई कारण नहीं दिया)</translation>
    </message>
    <message>
        <source>No single check-in was refused: uploads as a whole are paused.</source>
        <translation>कोई अकेला चेक-इन अस्वीकार नहीं हुआ: सभी अपलोड रुके हैं।</translation>
    </message>
    <message>
        <source>No problems: every check-in was accepted or is waiting to upload.</source>
        <translation>कोई समस्या नहीं: हर चेक-इन स्वीकार हुआ या अपलोड की प्रतीक्षा में है।</translation>
    </message>
    <message>
        <source>Validate only</source>
        <translation>केवल जाँच</translation>
    </message>
    <message>
        <source>Keyboard: {key}</source>
        <translation>कुंजी: {key}</translation>
    </message>
    <message>
        <source>Type a ticket code, e-mail or order number</source>
        <translation>टिकट कोड, ई-मेल या ऑर्डर नंबर टाइप करें</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>जाँचें</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>{n} of {total} checked in</source>
        <translation>{total} में से {n} चेक-इन</translation>
    </message>
    <message>
        <source> s</source>
        <translation> से.</translation>
    </message>
    <message>
        <source>In the kiosk only</source>
        <translation>केवल कियोस्क में</translation>
    </message>
    <message>
        <source>On</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>zxing-cpp (fast, default)</source>
        <translation>zxing-cpp (तेज़, डिफ़ॉल्ट)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Sent to the server with each check-in, e.g. &apos;Door A&apos;.</source>
        <translation>हर चेक-इन के साथ सर्वर को भेजा जाता है, जैसे &apos;द्वार A&apos;।</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>डिवाइस का नाम</translation>
    </message>
    <message>
        <source>Scan mode</source>
        <translation>स्कैन मोड</translation>
    </message>
    <message>
        <source>Play a sound for each verdict</source>
        <translation>हर परिणाम पर ध्वनि बजाएँ</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>ध्वनि</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>कैमरा</translation>
    </message>
    <message>
        <source>QR decoder</source>
        <translation>QR डिकोडर</translation>
    </message>
    <message>
        <source>Download other doors&apos; check-ins every</source>
        <translation>दूसरे द्वारों के चेक-इन डाउनलोड करें हर</translation>
    </message>
    <message>
        <source>Camera reads the same ticket again after</source>
        <translation>कैमरा वही टिकट फिर पढ़ता है इतने बाद</translation>
    </message>
    <message>
        <source>Kiosk shows a verdict for</source>
        <translation>कियोस्क परिणाम दिखाता है इतनी देर</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <source>Pseudo (finds cut-off text)</source>
        <translation>छद्म भाषा (कटा हुआ टेक्स्ट ढूँढे)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Speak verdicts</source>
        <translation>परिणाम बोलकर बताएँ</translation>
    </message>
    <message>
        <source>The device name must not be empty.</source>
        <translation>डिवाइस का नाम खाली नहीं हो सकता।</translation>
    </message>
    <message>
        <source>The device name must not contain a comma.</source>
        <translation>डिवाइस के नाम में अल्पविराम नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>अभी सिंक करें</translation>
    </message>
    <message>
        <source>⚠ Not encrypted: {host}</source>
        <translation>⚠ एन्क्रिप्टेड नहीं: {host}</translation>
    </message>
    <message>
        <source>This session was allowed to use plain http to {host}: the password, the session and attendee data can be read by anyone on the network.</source>
        <translation>इस सत्र को {host} से बिना एन्क्रिप्शन http की अनुमति है: नेटवर्क पर कोई भी पासवर्ड, सत्र और प्रतिभागी डेटा पढ़ सकता है।</translation>
    </message>
    <message>
        <source>Local only (no sync)</source>
        <translation>केवल लोकल (सिंक नहीं)</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>अभी सिंक नहीं हुआ</translation>
    </message>
    <message>
        <source>Offline — no connection; scans are saved and sent later</source>
        <translation>ऑफ़लाइन — कनेक्शन नहीं; स्कैन सहेजे जाते हैं और बाद में भेजे जाते हैं</translation>
    </message>
    <message>
        <source>Server error — scans are saved and sent later</source>
        <translation>सर्वर त्रुटि — स्कैन सहेजे जाते हैं और बाद में भेजे जाते हैं</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <source>{n} waiting to upload</source>
        <translation>{n} अपलोड की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>⚠ Uploads paused — review</source>
        <translation>⚠ अपलोड रुके — देखें</translation>
    </message>
    <message>
        <source>⚠ {n} failed — review</source>
        <translation>⚠ {n} विफल — देखें</translation>
    </message>
    <message>
        <source>Uploads paused — nothing is sent to the server</source>
        <translation>अपलोड रुके — सर्वर को कुछ नहीं भेजा जा रहा</translation>
    </message>
    <message>
        <source>Uploads paused: {why}</source>
        <translation>अपलोड रुके हैं: {why}</translation>
    </message>
    <message>
        <source>Last sync {when}</source>
        <translation>पिछला सिंक {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>कभी सिंक नहीं हुआ</translation>
    </message>
    <message>
        <source>{stage} %v / %m</source>
        <translation>{stage} %v / %m</translation>
    </message>
    <message>
        <source>Sync problem: {why}</source>
        <translation>सिंक समस्या: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee record(s) from the server could not be read and were skipped.</source>
        <translation>
            <numerusform>सर्वर का %n प्रतिभागी रिकॉर्ड पढ़ा नहीं जा सका और छोड़ दिया गया।</numerusform>
            <numerusform>सर्वर के %n प्रतिभागी रिकॉर्ड पढ़े नहीं जा सके और छोड़ दिए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>saved on this computer (no server)</source>
        <translation>इस कंप्यूटर पर सहेजा गया (कोई सर्वर नहीं)</translation>
    </message>
    <message>
        <source>● waiting to upload</source>
        <translation>● अपलोड की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>✓ on the server</source>
        <translation>✓ सर्वर पर</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>स्कैन के लिए तैयार</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s QR code up to the camera</source>
        <translation>टिकट का QR कोड कैमरे के सामने रखें</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <source>CHECKED IN</source>
        <translation>प्रवेश दर्ज</translation>
    </message>
    <message>
        <source>ALREADY CHECKED IN</source>
        <translation>पहले से अंदर</translation>
    </message>
    <message>
        <source>CHECKED OUT</source>
        <translation>बाहर गए</translation>
    </message>
    <message>
        <source>NOT CHECKED IN</source>
        <translation>चेक-इन नहीं</translation>
    </message>
    <message>
        <source>VALID TICKET</source>
        <translation>टिकट मान्य</translation>
    </message>
    <message>
        <source>UNKNOWN TICKET</source>
        <translation>अज्ञात टिकट</translation>
    </message>
    <message>
        <source>OTHER EVENT</source>
        <translation>दूसरा इवेंट</translation>
    </message>
    <message>
        <source>ORDER NOT VALID</source>
        <translation>ऑर्डर अमान्य</translation>
    </message>
    <message>
        <source>SEVERAL ATTENDEES</source>
        <translation>कई प्रतिभागी</translation>
    </message>
    <message>
        <source>UNREADABLE CODE</source>
        <translation>कोड अपठनीय</translation>
    </message>
    <message>
        <source>NOT VALID AT THIS DOOR</source>
        <translation>इस द्वार पर अमान्य</translation>
    </message>
    <message>
        <source>already checked in</source>
        <translation>पहले से अंदर</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>बाहर गए</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>चेक-इन नहीं</translation>
    </message>
    <message>
        <source>valid ticket</source>
        <translation>मान्य टिकट</translation>
    </message>
    <message>
        <source>unknown ticket</source>
        <translation>अज्ञात टिकट</translation>
    </message>
    <message>
        <source>other event</source>
        <translation>दूसरा इवेंट</translation>
    </message>
    <message>
        <source>order not valid</source>
        <translation>ऑर्डर अमान्य</translation>
    </message>
    <message>
        <source>several attendees</source>
        <translation>कई प्रतिभागी</translation>
    </message>
    <message>
        <source>unreadable code</source>
        <translation>अपठनीय कोड</translation>
    </message>
    <message>
        <source>not valid at this door</source>
        <translation>इस द्वार पर अमान्य</translation>
    </message>
    <message>
        <source>Checked in at {when} on {device}</source>
        <translation>{when} पर {device} पर चेक-इन हुआ</translation>
    </message>
    <message>
        <source>Checked in at {when}</source>
        <translation>{when} पर चेक-इन हुआ</translation>
    </message>
    <message>
        <source>{words} The order is not paid yet.</source>
        <translation>{words} ऑर्डर का भुगतान अभी नहीं हुआ है।</translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation>स्वागत है, {name}!</translation>
    </message>
    <message>
        <source>Leaving: scan again to check back in</source>
        <translation>बाहर जा रहे हैं: फिर से अंदर आने के लिए दोबारा स्कैन करें</translation>
    </message>
    <message>
        <source>{when}. Validate only: nothing was recorded.</source>
        <translation>{when}. केवल जाँच: कुछ दर्ज नहीं हुआ।</translation>
    </message>
    <message>
        <source>Not checked in yet. Validate only: nothing was recorded.</source>
        <translation>अभी चेक-इन नहीं हुआ। केवल जाँच: कुछ दर्ज नहीं हुआ।</translation>
    </message>
    <message>
        <source>You are already in. If something is wrong, please see the desk.</source>
        <translation>आप पहले से अंदर हैं। कुछ गलत हो तो कृपया डेस्क पर जाएँ।</translation>
    </message>
    <message>
        <source>Nothing to check out</source>
        <translation>चेक-आउट के लिए कुछ नहीं</translation>
    </message>
    <message>
        <source>No such ticket for this event</source>
        <translation>इस इवेंट के लिए ऐसा कोई टिकट नहीं</translation>
    </message>
    <message>
        <source>Try again or type the code</source>
        <translation>फिर कोशिश करें या कोड टाइप करें</translation>
    </message>
    <message>
        <source>Not a ticket code: a number or e-mail counts only when typed at the desk</source>
        <translation>टिकट कोड नहीं: संख्या या ई-मेल केवल डेस्क पर टाइप करने पर मान्य है</translation>
    </message>
    <message>
        <source>This ticket is for another event: {event}</source>
        <translation>यह टिकट दूसरे इवेंट का है: {event}</translation>
    </message>
    <message>
        <source>This ticket is for another event</source>
        <translation>यह टिकट दूसरे इवेंट का है</translation>
    </message>
    <message>
        <source>This code is for several people. Please scan your own ticket.</source>
        <translation>यह कोड कई लोगों के लिए है। कृपया अपना टिकट स्कैन करें।</translation>
    </message>
    <message numerus="yes">
        <source>Order with %n attendee(s): {names}. Scan each person&apos;s own ticket.</source>
        <translation>
            <numerusform>%n प्रतिभागी वाला ऑर्डर: {names}. हर व्यक्ति अपना टिकट स्कैन करे।</numerusform>
            <numerusform>%n प्रतिभागियों वाला ऑर्डर: {names}. हर व्यक्ति अपना टिकट स्कैन करे।</numerusform>
        </translation>
    </message>
    <message>
        <source>This ticket was cancelled or removed from the event</source>
        <translation>यह टिकट रद्द हुआ या इवेंट से हटाया गया</translation>
    </message>
    <message>
        <source>The order is not paid yet: please see the staff at the desk</source>
        <translation>ऑर्डर का भुगतान अभी नहीं हुआ: कृपया डेस्क पर स्टाफ़ से मिलें</translation>
    </message>
    <message>
        <source>Not paid: admit anyway? Enter = admit, Esc = refuse</source>
        <translation>भुगतान नहीं हुआ: फिर भी प्रवेश दें? Enter = प्रवेश, Esc = मना करें</translation>
    </message>
    <message>
        <source>The order is not paid yet: this ticket is not valid</source>
        <translation>ऑर्डर का भुगतान अभी नहीं हुआ: यह टिकट अमान्य है</translation>
    </message>
    <message>
        <source>The order was cancelled: this ticket is not valid</source>
        <translation>ऑर्डर रद्द हुआ: यह टिकट अमान्य है</translation>
    </message>
    <message>
        <source>The order expired without payment: this ticket is not valid</source>
        <translation>ऑर्डर बिना भुगतान के समाप्त हुआ: यह टिकट अमान्य है</translation>
    </message>
    <message>
        <source>The order was deleted on the server: this ticket is not valid</source>
        <translation>ऑर्डर सर्वर पर हटाया गया: यह टिकट अमान्य है</translation>
    </message>
    <message>
        <source>An old code of a ticket that was issued again: ask for the new ticket</source>
        <translation>दोबारा जारी हुए टिकट का पुराना कोड: नया टिकट माँगें</translation>
    </message>
    <message>
        <source>This code is blocked</source>
        <translation>यह कोड अवरुद्ध है</translation>
    </message>
    <message>
        <source>This ticket type is not valid on the list {list}</source>
        <translation>यह टिकट प्रकार सूची {list} पर मान्य नहीं है</translation>
    </message>
    <message>
        <source>This ticket type is not valid on this door&apos;s list</source>
        <translation>यह टिकट प्रकार इस द्वार की सूची पर मान्य नहीं है</translation>
    </message>
    <message>
        <source>The entry rules of this list do not admit this ticket now: {why}</source>
        <translation>इस सूची के प्रवेश नियम अभी इस टिकट को अनुमति नहीं देते: {why}</translation>
    </message>
    <message>
        <source>The entry rules of this list do not admit this ticket now</source>
        <translation>इस सूची के प्रवेश नियम अभी इस टिकट को अनुमति नहीं देते</translation>
    </message>
    <message>
        <source>This list has entry rules only the server can check, and the server cannot be reached now: scan again when it can</source>
        <translation>इस सूची के नियम केवल सर्वर जाँच सकता है, और सर्वर अभी उपलब्ध नहीं है: उपलब्ध होने पर फिर स्कैन करें</translation>
    </message>
    <message>
        <source>Choose this door&apos;s check-in list first</source>
        <translation>पहले इस द्वार की चेक-इन सूची चुनें</translation>
    </message>
    <message>
        <source>This ticket is not valid at this time</source>
        <translation>यह टिकट इस समय मान्य नहीं है</translation>
    </message>
    <message>
        <source>Some questions for this ticket must be answered at the desk first</source>
        <translation>इस टिकट के कुछ प्रश्नों का उत्तर पहले डेस्क पर देना होगा</translation>
    </message>
    <message>
        <source>The server refused this ticket: {why}</source>
        <translation>सर्वर ने यह टिकट अस्वीकार किया: {why}</translation>
    </message>
    <message>
        <source>The server failed while checking this ticket: nothing was recorded</source>
        <translation>इस टिकट की जाँच करते समय सर्वर विफल हुआ: कुछ दर्ज नहीं हुआ</translation>
    </message>
    <message>
        <source>Self check-in is closed at this door — please see the desk</source>
        <translation>इस द्वार पर स्वयं चेक-इन बंद है — कृपया डेस्क पर जाएँ</translation>
    </message>
    <message>
        <source>This door&apos;s check-in list was deleted on the server: choose another list</source>
        <translation>इस द्वार की चेक-इन सूची सर्वर पर हटा दी गई: दूसरी सूची चुनें</translation>
    </message>
    <message>
        <source>Send the guest to the entrance of {event}, or search them by name.</source>
        <translation>अतिथि को {event} के प्रवेश द्वार पर भेजें, या नाम से खोजें।</translation>
    </message>
    <message>
        <source>Send the guest to that event&apos;s entrance, or search them by name.</source>
        <translation>अतिथि को उस इवेंट के प्रवेश द्वार पर भेजें, या नाम से खोजें।</translation>
    </message>
    <message>
        <source>The ticket was issued again with a new code: ask for the newest ticket (e-mail), or search the guest by name.</source>
        <translation>टिकट नए कोड के साथ दोबारा जारी हुआ: सबसे नया टिकट माँगें (ई-मेल), या अतिथि को नाम से खोजें।</translation>
    </message>
    <message>
        <source>Ask the guest for another ticket, or search them by name: they may hold a new one.</source>
        <translation>अतिथि से दूसरा टिकट माँगें, या नाम से खोजें: उनके पास नया टिकट हो सकता है।</translation>
    </message>
    <message>
        <source>Looks like a ticket of this event that is not in the list yet (sold after the last download): look it up on the server, or search the guest by name.</source>
        <translation>यह इस इवेंट का टिकट लगता है जो अभी सूची में नहीं है (पिछले डाउनलोड के बाद बिका): सर्वर पर देखें, या अतिथि को नाम से खोजें।</translation>
    </message>
    <message>
        <source>This is a badge or a contact card, not a ticket: scan the ticket instead.</source>
        <translation>यह बैज या संपर्क कार्ड है, टिकट नहीं: टिकट स्कैन करें।</translation>
    </message>
    <message>
        <source>This code is from a different ticketing system or a web link: ask for the ticket of this event, or search the guest by name.</source>
        <translation>यह कोड किसी दूसरे टिकट सिस्टम का है या वेब लिंक है: इस इवेंट का टिकट माँगें, या अतिथि को नाम से खोजें।</translation>
    </message>
    <message>
        <source>This code is not on the imported list: search the guest by name.</source>
        <translation>यह कोड आयात की गई सूची में नहीं है: अतिथि को नाम से खोजें।</translation>
    </message>
    <message>
        <source>Search the guest by name, or ask for the ticket&apos;s e-mail.</source>
        <translation>अतिथि को नाम से खोजें, या टिकट का ई-मेल पूछें।</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <source>Change event</source>
        <translation>इवेंट बदलें</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>निर्यात…</translation>
    </message>
    <message>
        <source>Save the attendee list or the scan log as CSV</source>
        <translation>प्रतिभागी सूची या स्कैन लॉग को CSV में सहेजें</translation>
    </message>
    <message>
        <source>Scanner set-up</source>
        <translation>स्कैनर सेटअप</translation>
    </message>
    <message>
        <source>Test a USB barcode scanner once; the app corrects for it</source>
        <translation>USB बारकोड स्कैनर को एक बार जाँचें; ऐप उसे ठीक कर लेता है</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>तैयारी</translation>
    </message>
    <message>
        <source>Is this computer ready for the doors? Every check, with the fix</source>
        <translation>क्या यह कंप्यूटर द्वार के लिए तैयार है? हर जाँच, समाधान के साथ</translation>
    </message>
    <message>
        <source>Badges…</source>
        <translation>बैज…</translation>
    </message>
    <message>
        <source>Badge printer, size, and when a check-in prints a badge</source>
        <translation>बैज प्रिंटर, आकार, और कब चेक-इन पर बैज प्रिंट हो</translation>
    </message>
    <message>
        <source>What the app did recently (for support)</source>
        <translation>ऐप ने हाल में क्या किया (सहायता के लिए)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>स्कैनर</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>प्रतिभागी</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <source>The scanner works.</source>
        <translation>स्कैनर काम करता है।</translation>
    </message>
    <message>
        <source>These are corrected for every scan from now on.</source>
        <translation>अब से हर स्कैन में ये ठीक किए जाएँगे।</translation>
    </message>
    <message>
        <source>It ends each code with Enter.</source>
        <translation>यह हर कोड के अंत में Enter भेजता है।</translation>
    </message>
    <message>
        <source>It ends each code with Tab.</source>
        <translation>यह हर कोड के अंत में Tab भेजता है।</translation>
    </message>
    <message>
        <source>It sends no Enter after a code: codes still work (the app waits for a short pause), but setting the scanner to send Enter answers a little faster.</source>
        <translation>यह कोड के बाद Enter नहीं भेजता: कोड फिर भी काम करते हैं (ऐप थोड़ा रुकता है), पर स्कैनर को Enter भेजने पर सेट करने से जवाब थोड़ा जल्दी आता है।</translation>
    </message>
    <message>
        <source>It puts “{text}” in front of each code.</source>
        <translation>यह हर कोड से पहले “{text}” जोड़ता है।</translation>
    </message>
    <message>
        <source>It adds “{text}” after each code.</source>
        <translation>यह हर कोड के बाद “{text}” जोड़ता है।</translation>
    </message>
    <message>
        <source>It sends each code twice.</source>
        <translation>यह हर कोड दो बार भेजता है।</translation>
    </message>
    <message>
        <source>It types with a US keyboard layout while this computer uses a German one (y and z swapped, symbols moved).</source>
        <translation>यह US कीबोर्ड लेआउट से टाइप करता है जबकि यह कंप्यूटर जर्मन लेआउट उपयोग करता है (y और z बदले हुए, चिह्न खिसके हुए)।</translation>
    </message>
    <message>
        <source>Its keyboard layout differs from this computer&apos;s: {pairs}.</source>
        <translation>इसका कीबोर्ड लेआउट इस कंप्यूटर से अलग है: {pairs}।</translation>
    </message>
    <message>
        <source>Nothing arrived from the scanner.</source>
        <translation>स्कैनर से कुछ नहीं आया।</translation>
    </message>
    <message>
        <source>Several different codes arrived. Scan only the test code, once.</source>
        <translation>कई अलग-अलग कोड आए। केवल टेस्ट कोड, एक बार स्कैन करें।</translation>
    </message>
    <message>
        <source>What arrived is not the test code, and the app cannot tell how to correct it. Scan the test code (not a ticket), or reset the scanner to its factory settings.</source>
        <translation>जो आया वह टेस्ट कोड नहीं है, और ऐप नहीं समझ पा रहा कि इसे कैसे ठीक करें। टेस्ट कोड स्कैन करें (टिकट नहीं), या स्कैनर को फ़ैक्टरी सेटिंग पर रीसेट करें।</translation>
    </message>
    <message>
        <source>USB scanner set-up</source>
        <translation>USB स्कैनर सेटअप</translation>
    </message>
    <message>
        <source>Scan this test code once with the USB scanner (from the screen, or from the printed test ticket). The app finds out what the scanner does to codes and corrects it from now on.</source>
        <translation>इस टेस्ट कोड को USB स्कैनर से एक बार स्कैन करें (स्क्रीन से, या छपे टेस्ट टिकट से)। ऐप पता लगाता है कि स्कैनर कोड के साथ क्या करता है और अब से उसे ठीक करता है।</translation>
    </message>
    <message>
        <source>Waiting for a scan…</source>
        <translation>स्कैन की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>फिर स्कैन करें</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>पढ़ रहा है…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ठीक</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>देखें</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>ठीक करें</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>जाँचा नहीं</translation>
    </message>
    <message>
        <source>paired device</source>
        <translation>जोड़ा गया डिवाइस</translation>
    </message>
    <message>
        <source>team token</source>
        <translation>टीम टोकन</translation>
    </message>
    <message>
        <source>Ready for the doors?</source>
        <translation>द्वार के लिए तैयार?</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>फिर जाँचें</translation>
    </message>
    <message>
        <source>Checking… (the server has a few seconds to answer)</source>
        <translation>जाँच हो रही है… (सर्वर के पास जवाब देने के लिए कुछ सेकंड हैं)</translation>
    </message>
    <message>
        <source>The check failed: {why}</source>
        <translation>जाँच विफल: {why}</translation>
    </message>
    <message>
        <source>Ready for the doors.</source>
        <translation>द्वार के लिए तैयार।</translation>
    </message>
    <message numerus="yes">
        <source>Ready for the doors; look at the %n line(s) marked Look.</source>
        <translation>
            <numerusform>द्वार के लिए तैयार; &quot;देखें&quot; वाली %n पंक्ति देखें।</numerusform>
            <numerusform>द्वार के लिए तैयार; &quot;देखें&quot; वाली %n पंक्तियाँ देखें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready: fix the %n line(s) marked Fix first.</source>
        <translation>
            <numerusform>तैयार नहीं: पहले &quot;ठीक करें&quot; वाली %n पंक्ति ठीक करें।</numerusform>
            <numerusform>तैयार नहीं: पहले &quot;ठीक करें&quot; वाली %n पंक्तियाँ ठीक करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>ठीक करें: {fix}</translation>
    </message>
    <message>
        <source>⚠ {n} check-ins have waited up to {minutes} min to upload although the server answers. Look at the status bar (paused uploads, sign-in) and at Problems.</source>
        <translation>⚠ {n} चेक-इन {minutes} मिनट तक अपलोड की प्रतीक्षा में हैं, जबकि सर्वर जवाब देता है। स्टेटस बार (रुके अपलोड, साइन इन) और समस्याएँ देखें।</translation>
    </message>
    <message>
        <source>Check-ins per minute per door, today</source>
        <translation>आज हर द्वार पर प्रति मिनट चेक-इन</translation>
    </message>
    <message>
        <source>Verdict time p95: –</source>
        <translation>परिणाम समय p95: –</translation>
    </message>
    <message>
        <source>Verdict time p95: {ms} ms ({n} scans)</source>
        <translation>परिणाम समय p95: {ms} ms ({n} स्कैन)</translation>
    </message>
    <message>
        <source>Offline today: {minutes} min</source>
        <translation>आज ऑफ़लाइन: {minutes} मिनट</translation>
    </message>
    <message>
        <source>Waiting to upload: {n} (oldest {minutes} min)</source>
        <translation>अपलोड की प्रतीक्षा: {n} (सबसे पुराना {minutes} मिनट)</translation>
    </message>
    <message>
        <source>Waiting to upload: 0</source>
        <translation>अपलोड की प्रतीक्षा: 0</translation>
    </message>
    <message>
        <source>Busiest 15 min: {rate} check-ins/min; here {scans} scans/min</source>
        <translation>सबसे व्यस्त 15 मिनट: {rate} चेक-इन/मिनट; यहाँ {scans} स्कैन/मिनट</translation>
    </message>
    <message>
        <source>(unknown door)</source>
        <translation>(अज्ञात द्वार)</translation>
    </message>
    <message>
        <source>Check-ins per minute per door, today (none yet)</source>
        <translation>आज हर द्वार पर प्रति मिनट चेक-इन (अभी कोई नहीं)</translation>
    </message>
    <message>
        <source>check-ins/min</source>
        <translation>चेक-इन/मिनट</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <source>The server does not know this ticket either: it is not a ticket of this event. Search the guest by name.</source>
        <translation>सर्वर भी यह टिकट नहीं जानता: यह इस इवेंट का टिकट नहीं है। अतिथि को नाम से खोजें।</translation>
    </message>
    <message>
        <source>This code cannot be looked up: search the guest by name.</source>
        <translation>यह कोड खोजा नहीं जा सकता: अतिथि को नाम से खोजें।</translation>
    </message>
    <message>
        <source>Found on the server.</source>
        <translation>सर्वर पर मिला।</translation>
    </message>
    <message>
        <source>Look up online</source>
        <translation>ऑनलाइन देखें</translation>
    </message>
    <message>
        <source>Ask the server now whether it knows this ticket</source>
        <translation>अभी सर्वर से पूछें कि क्या वह यह टिकट जानता है</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>नाम से खोजें</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>सर्वर से पूछा जा रहा है…</translation>
    </message>
    <message>
        <source>Checked out: {name}.</source>
        <translation>चेक-आउट हुआ: {name}।</translation>
    </message>
    <message>
        <source>Checked out.</source>
        <translation>चेक-आउट हुआ।</translation>
    </message>
    <message>
        <source>Valid ticket (checked in at {when}).</source>
        <translation>मान्य टिकट ({when} पर चेक-इन हुआ)।</translation>
    </message>
    <message>
        <source>Valid ticket (not checked in).</source>
        <translation>मान्य टिकट (चेक-इन नहीं हुआ)।</translation>
    </message>
    <message>
        <source>Already checked in at {when} on {device}.</source>
        <translation>{when} पर {device} पर पहले ही चेक-इन हो चुका।</translation>
    </message>
    <message>
        <source>Already checked in at {when}.</source>
        <translation>{when} पर पहले ही चेक-इन हो चुका।</translation>
    </message>
    <message>
        <source>Not checked in: nothing to check out.</source>
        <translation>चेक-इन नहीं हुआ: चेक-आउट के लिए कुछ नहीं।</translation>
    </message>
    <message>
        <source>No such ticket for this event.</source>
        <translation>इस इवेंट के लिए ऐसा कोई टिकट नहीं।</translation>
    </message>
    <message>
        <source>Unreadable code: not a ticket.</source>
        <translation>अपठनीय कोड: टिकट नहीं।</translation>
    </message>
    <message>
        <source>Not a ticket code: an attendee number or e-mail address is accepted only when typed at the desk.</source>
        <translation>टिकट कोड नहीं: प्रतिभागी संख्या या ई-मेल केवल डेस्क पर टाइप करने पर मान्य है।</translation>
    </message>
    <message>
        <source>This ticket belongs to another event ({event}).</source>
        <translation>यह टिकट दूसरे इवेंट का है ({event})।</translation>
    </message>
    <message>
        <source>This ticket belongs to another event.</source>
        <translation>यह टिकट दूसरे इवेंट का है।</translation>
    </message>
    <message>
        <source>This code matches {n} attendees: {names}. Scan each attendee&apos;s own ticket.</source>
        <translation>यह कोड {n} प्रतिभागियों से मेल खाता है: {names}। हर प्रतिभागी अपना टिकट स्कैन करे।</translation>
    </message>
    <message>
        <source>This ticket was cancelled or removed from the event.</source>
        <translation>यह टिकट रद्द हुआ या इवेंट से हटाया गया।</translation>
    </message>
    <message>
        <source>Order not paid: this list admits it only when a person confirms (checkin --admit-unpaid).</source>
        <translation>ऑर्डर का भुगतान नहीं हुआ: यह सूची इसे तभी मानती है जब कोई व्यक्ति पुष्टि करे (checkin --admit-unpaid)।</translation>
    </message>
    <message>
        <source>Order not paid: this ticket is not valid.</source>
        <translation>ऑर्डर का भुगतान नहीं हुआ: यह टिकट अमान्य है।</translation>
    </message>
    <message>
        <source>Order cancelled: this ticket is not valid.</source>
        <translation>ऑर्डर रद्द हुआ: यह टिकट अमान्य है।</translation>
    </message>
    <message>
        <source>Order expired (never paid): this ticket is not valid.</source>
        <translation>ऑर्डर समाप्त (कभी भुगतान नहीं हुआ): यह टिकट अमान्य है।</translation>
    </message>
    <message>
        <source>Order deleted on the server: this ticket is not valid.</source>
        <translation>ऑर्डर सर्वर पर हटाया गया: यह टिकट अमान्य है।</translation>
    </message>
    <message>
        <source>This code was replaced by a new ticket: it is no longer valid.</source>
        <translation>यह कोड नए टिकट से बदल दिया गया: अब मान्य नहीं है।</translation>
    </message>
    <message>
        <source>This code is blocked on the server.</source>
        <translation>यह कोड सर्वर पर अवरुद्ध है।</translation>
    </message>
    <message>
        <source>This ticket&apos;s product is not valid on the check-in list ({list}).</source>
        <translation>इस टिकट का उत्पाद चेक-इन सूची ({list}) पर मान्य नहीं है।</translation>
    </message>
    <message>
        <source>This ticket&apos;s product is not valid on the check-in list.</source>
        <translation>इस टिकट का उत्पाद चेक-इन सूची पर मान्य नहीं है।</translation>
    </message>
    <message>
        <source>The rules of this check-in list do not admit this ticket now ({why}).</source>
        <translation>इस चेक-इन सूची के नियम अभी इस टिकट को अनुमति नहीं देते ({why})।</translation>
    </message>
    <message>
        <source>The rules of this check-in list do not admit this ticket now.</source>
        <translation>इस चेक-इन सूची के नियम अभी इस टिकट को अनुमति नहीं देते।</translation>
    </message>
    <message>
        <source>The list has entry rules that only the server can check, and the server cannot be reached now; scan again when it can.</source>
        <translation>सूची के प्रवेश नियम केवल सर्वर जाँच सकता है, और सर्वर अभी उपलब्ध नहीं है; उपलब्ध होने पर फिर स्कैन करें।</translation>
    </message>
    <message>
        <source>This door&apos;s check-in list was deleted on the server: choose another list.</source>
        <translation>इस द्वार की चेक-इन सूची सर्वर पर हटा दी गई: दूसरी सूची चुनें।</translation>
    </message>
    <message>
        <source>Send the guest to that event&apos;s entrance, or search by name: {search}.</source>
        <translation>अतिथि को उस इवेंट के प्रवेश द्वार पर भेजें, या नाम से खोजें: {search}।</translation>
    </message>
    <message>
        <source>The ticket was issued again: ask for the newest ticket, or {search}.</source>
        <translation>टिकट दोबारा जारी हुआ है: सबसे नया टिकट माँगें, या {search}।</translation>
    </message>
    <message>
        <source>Ask for another ticket, or search by name: {search}.</source>
        <translation>दूसरा टिकट माँगें, या नाम से खोजें: {search}।</translation>
    </message>
    <message>
        <source>Looks like a ticket of this event sold after the last download: run {sync} and scan again, or {search}.</source>
        <translation>लगता है यह इस इवेंट का टिकट है जो पिछले डाउनलोड के बाद बिका: {sync} चलाएँ और फिर से स्कैन करें, या {search}।</translation>
    </message>
    <message>
        <source>A badge or contact card, not a ticket: scan the ticket instead.</source>
        <translation>यह बैज या संपर्क कार्ड है, टिकट नहीं: इसके बजाय टिकट स्कैन करें।</translation>
    </message>
    <message>
        <source>A code from a different ticketing system or a web link; or {search}.</source>
        <translation>किसी दूसरे टिकट सिस्टम का कोड या वेब लिंक; या {search}।</translation>
    </message>
    <message>
        <source>Not on the imported list; search by name: {search}.</source>
        <translation>आयात की गई सूची में नहीं है; नाम से खोजें: {search}।</translation>
    </message>
    <message>
        <source>Search by name: {search}.</source>
        <translation>नाम से खोजें: {search}।</translation>
    </message>
    <message>
        <source> (oldest {minutes} min)</source>
        <translation> (सबसे पुराना {minutes} मिनट)</translation>
    </message>
    <message numerus="yes">
        <source>Today: verdict time p95 {p95} over %n scan(s); offline {minutes} min; waiting to upload {waiting}{oldest}</source>
        <translation>
            <numerusform>आज: %n स्कैन पर फ़ैसले का समय p95 {p95}; ऑफ़लाइन {minutes} मिनट; अपलोड की प्रतीक्षा {waiting}{oldest}</numerusform>
            <numerusform>आज: %n स्कैन पर फ़ैसले का समय p95 {p95}; ऑफ़लाइन {minutes} मिनट; अपलोड की प्रतीक्षा {waiting}{oldest}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{door}: %n check-in(s) today, busiest 15 min {rate}/min</source>
        <translation>
            <numerusform>{door}: आज %n चेक-इन, सबसे व्यस्त 15 मिनट {rate}/मिनट</numerusform>
            <numerusform>{door}: आज %n चेक-इन, सबसे व्यस्त 15 मिनट {rate}/मिनट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>scans here on {door}: %n today (every verdict), busiest 15 min {rate}/min</source>
        <translation>
            <numerusform>यहाँ {door} पर स्कैन: आज %n (हर फ़ैसला), सबसे व्यस्त 15 मिनट {rate}/मिनट</numerusform>
            <numerusform>यहाँ {door} पर स्कैन: आज %n (हर फ़ैसला), सबसे व्यस्त 15 मिनट {rate}/मिनट</numerusform>
        </translation>
    </message>
    <message>
        <source>ALERT: check-ins have waited over 5 minutes to upload although the server answers: check `orga-app problems` and whether uploads are paused.</source>
        <translation>चेतावनी: सर्वर जवाब दे रहा है फिर भी चेक-इन 5 मिनट से ज़्यादा से अपलोड की प्रतीक्षा में हैं: `orga-app problems` देखें और जाँचें कि अपलोड रुके तो नहीं हैं।</translation>
    </message>
    <message>
        <source>No badge printer chosen (--printer NAME, or the badge_printer setting).</source>
        <translation>बैज प्रिंटर नहीं चुना गया (--printer NAME, या badge_printer सेटिंग)।</translation>
    </message>
    <message>
        <source>There is no printer {printer} on this computer.</source>
        <translation>इस कंप्यूटर पर कोई प्रिंटर {printer} नहीं है।</translation>
    </message>
    <message>
        <source>Printer {printer} is paused or in error (paper, cover, offline).</source>
        <translation>प्रिंटर {printer} रुका हुआ है या त्रुटि में है (काग़ज़, कवर, ऑफ़लाइन)।</translation>
    </message>
    <message>
        <source>Printer {printer} did not take the job.</source>
        <translation>प्रिंटर {printer} ने काम नहीं लिया।</translation>
    </message>
    <message>
        <source>Choose this door&apos;s check-in list first (sign-in, event).</source>
        <translation>पहले इस द्वार की चेक-इन सूची चुनें (साइन इन, इवेंट)।</translation>
    </message>
    <message>
        <source>This ticket is not valid at this time.</source>
        <translation>यह टिकट इस समय मान्य नहीं है।</translation>
    </message>
    <message>
        <source>Questions for this ticket must be answered first.</source>
        <translation>पहले इस टिकट के प्रश्नों का उत्तर देना होगा।</translation>
    </message>
    <message>
        <source>The server refused this ticket ({why}); nothing was recorded.</source>
        <translation>सर्वर ने यह टिकट अस्वीकार किया ({why}); कुछ दर्ज नहीं हुआ।</translation>
    </message>
    <message>
        <source>The server failed while checking this ticket; nothing was recorded.</source>
        <translation>इस टिकट की जाँच करते समय सर्वर विफल हुआ; कुछ दर्ज नहीं हुआ।</translation>
    </message>
    <message>
        <source>no badge printer is chosen (Badges…)</source>
        <translation>कोई बैज प्रिंटर नहीं चुना गया (बैज…)</translation>
    </message>
    <message>
        <source>printer “{printer}” is not connected</source>
        <translation>प्रिंटर “{printer}” जुड़ा नहीं है</translation>
    </message>
    <message>
        <source>printer “{printer}” is paused or has a problem (paper, cover, offline)</source>
        <translation>प्रिंटर “{printer}” रुका है या उसमें समस्या है (कागज़, ढक्कन, ऑफ़लाइन)</translation>
    </message>
    <message>
        <source>printer “{printer}” did not take the job</source>
        <translation>प्रिंटर “{printer}” ने काम नहीं लिया</translation>
    </message>
    <message>
        <source>Badge printed: {name}</source>
        <translation>बैज प्रिंट हुआ: {name}</translation>
    </message>
    <message>
        <source>Badge of {name} not printed: {why}. It waits for Retry badges.</source>
        <translation>{name} का बैज प्रिंट नहीं हुआ: {why}। यह &quot;बैज फिर प्रिंट करें&quot; की प्रतीक्षा में है।</translation>
    </message>
    <message>
        <source>Offline verdicts: the server did not answer in time; asking again soon</source>
        <translation>ऑफ़लाइन परिणाम: सर्वर ने समय पर जवाब नहीं दिया; जल्द फिर पूछा जाएगा</translation>
    </message>
    <message>
        <source>Offline verdicts: the server refused this door&apos;s sign-in; sign in again</source>
        <translation>ऑफ़लाइन परिणाम: सर्वर ने इस द्वार का साइन इन अस्वीकार किया; फिर साइन इन करें</translation>
    </message>
    <message>
        <source>Admit anyway (Enter)</source>
        <translation>फिर भी प्रवेश दें (Enter)</translation>
    </message>
    <message>
        <source>Refuse (Esc)</source>
        <translation>मना करें (Esc)</translation>
    </message>
    <message>
        <source>[pending upload]</source>
        <translation>[अपलोड बाकी]</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message numerus="yes">
        <source>{event}: {checked_in}/%n attendee(s) checked in</source>
        <translation>
            <numerusform>{event}: {checked_in}/%n प्रतिभागी चेक-इन हुए</numerusform>
            <numerusform>{event}: {checked_in}/%n प्रतिभागी चेक-इन हुए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending upload</source>
        <translation>
            <numerusform>%n अपलोड बाकी</numerusform>
            <numerusform>%n अपलोड बाकी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n विफल</numerusform>
            <numerusform>%n विफल</numerusform>
        </translation>
    </message>
    <message>
        <source>last upload {upload}, last download {download}</source>
        <translation>पिछला अपलोड {upload}, पिछला डाउनलोड {download}</translation>
    </message>
    <message>
        <source>no attendees match</source>
        <translation>कोई प्रतिभागी मेल नहीं खाता</translation>
    </message>
    <message numerus="yes">
        <source>exported %n attendee(s) to {file}</source>
        <translation>
            <numerusform>%n प्रतिभागी {file} में निर्यात किया गया</numerusform>
            <numerusform>%n प्रतिभागी {file} में निर्यात किए गए</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>ऐसी कोई फ़ाइल नहीं: {path}</translation>
    </message>
    <message>
        <source>skipped line {line}: {why}</source>
        <translation>पंक्ति {line} छोड़ी गई: {why}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>नोट: {note}</translation>
    </message>
    <message numerus="yes">
        <source>imported %n attendee(s) into local event {event} ({skipped} skipped)</source>
        <translation>
            <numerusform>%n प्रतिभागी स्थानीय इवेंट {event} में आयात किया गया ({skipped} छोड़े गए)</numerusform>
            <numerusform>%n प्रतिभागी स्थानीय इवेंट {event} में आयात किए गए ({skipped} छोड़े गए)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot use data dir {where}: {detail}</source>
        <translation>डेटा फ़ोल्डर {where} इस्तेमाल नहीं हो सकता: {detail}</translation>
    </message>
    <message>
        <source>cannot use the per-user data dir: {detail}</source>
        <translation>उपयोगकर्ता का डेटा फ़ोल्डर इस्तेमाल नहीं हो सकता: {detail}</translation>
    </message>
    <message>
        <source>the local database failed, nothing was saved: {detail}</source>
        <translation>स्थानीय डेटाबेस विफल हुआ, कुछ भी सहेजा नहीं गया: {detail}</translation>
    </message>
    <message>
        <source>no attendee of this event has the code {code}</source>
        <translation>इस इवेंट के किसी प्रतिभागी के पास कोड {code} नहीं है</translation>
    </message>
    <message>
        <source>several attendees share the code {code}</source>
        <translation>कई प्रतिभागियों का कोड {code} एक ही है</translation>
    </message>
    <message>
        <source>badge of {name} written to {file}</source>
        <translation>{name} का बैज {file} में लिखा गया</translation>
    </message>
    <message>
        <source>the badge could not be printed (see the log)</source>
        <translation>बैज प्रिंट नहीं हो सका (लॉग देखें)</translation>
    </message>
    <message>
        <source>not printed: {why}</source>
        <translation>प्रिंट नहीं हुआ: {why}</translation>
    </message>
    <message>
        <source>badge of {name} sent to {printer}</source>
        <translation>{name} का बैज {printer} को भेजा गया</translation>
    </message>
    <message>
        <source>no such event {event} in this data dir (run `orga-app events` or `orga-app sync` first)</source>
        <translation>इस डेटा फ़ोल्डर में कोई इवेंट {event} नहीं है (पहले `orga-app events` या `orga-app sync` चलाएँ)</translation>
    </message>
    <message>
        <source>camera or video stopped: {why}</source>
        <translation>कैमरा या वीडियो रुक गया: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) read, {accepted} accepted</source>
        <translation>
            <numerusform>%n टिकट पढ़ा गया, {accepted} स्वीकार</numerusform>
            <numerusform>%n टिकट पढ़े गए, {accepted} स्वीकार</numerusform>
        </translation>
    </message>
    <message>
        <source>fix: {fix}</source>
        <translation>उपाय: {fix}</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>NOT READY: fix the [FAIL] lines first</source>
        <translation>तैयार नहीं: पहले [FAIL] वाली पंक्तियाँ ठीक करें</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of one line</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the groups of one line</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>उपयोग: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>स्थितीय आर्ग्युमेंट</translation>
    </message>
    <message>
        <source>options</source>
        <translation>विकल्प</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>यह सहायता दिखाएँ और बाहर निकलें</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>प्रोग्राम का संस्करण दिखाएँ और बाहर निकलें</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>आर्ग्युमेंट %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>अपरिचित आर्ग्युमेंट: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>आर्ग्युमेंट %s के साथ अनुमति नहीं</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ये आर्ग्युमेंट ज़रूरी हैं: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>आर्ग्युमेंट %s में से एक ज़रूरी है</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>एक मान अपेक्षित है</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>अमान्य %(type)s मान: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>अमान्य विकल्प: %(value)r (इनमें से चुनें: %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>अस्पष्ट विकल्प: %(option)s इनमें से कोई हो सकता है: %(matches)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: त्रुटि: %(message)s</translation>
    </message>
    <message>
        <source>--pretix-token-stdin needs --organizer</source>
        <translation>--pretix-token-stdin के साथ --organizer चाहिए</translation>
    </message>
    <message>
        <source>empty API token</source>
        <translation>API टोकन खाली है</translation>
    </message>
    <message>
        <source>{why} (or pass --insecure to this command)</source>
        <translation>{why} (या इस कमांड में --insecure जोड़ें)</translation>
    </message>
    <message>
        <source>sign-in failed: {why}</source>
        <translation>साइन इन विफल: {why}</translation>
    </message>
    <message>
        <source> as device {device}</source>
        <translation> डिवाइस {device} के रूप में</translation>
    </message>
    <message numerus="yes">
        <source>signed in to {server} ({kind}){device} as {account}; %n event(s)</source>
        <translation>
            <numerusform>{server} ({kind}){device} पर {account} के रूप में साइन इन; %n इवेंट</numerusform>
            <numerusform>{server} ({kind}){device} पर {account} के रूप में साइन इन; %n इवेंट</numerusform>
        </translation>
    </message>
    <message>
        <source>{why} (run `orga-app login`)</source>
        <translation>{why} (`orga-app login` चलाएँ)</translation>
    </message>
    <message>
        <source>no event {event} on this computer</source>
        <translation>इस कंप्यूटर पर कोई इवेंट {event} नहीं है</translation>
    </message>
    <message>
        <source>event {event} is not on a pretix-type server</source>
        <translation>इवेंट {event} pretix जैसे सर्वर पर नहीं है</translation>
    </message>
    <message>
        <source>[this door: {direction}]</source>
        <translation>[यह द्वार: {direction}]</translation>
    </message>
    <message>
        <source>no check-in lists cached for this event: run `orga-app events`</source>
        <translation>इस इवेंट की कोई चेक-इन सूची सहेजी नहीं गई: `orga-app events` चलाएँ</translation>
    </message>
    <message>
        <source>no list chosen: `orga-app lists --event ID --choose LIST_ID [--exit]`</source>
        <translation>कोई सूची नहीं चुनी गई: `orga-app lists --event ID --choose LIST_ID [--exit]`</translation>
    </message>
    <message>
        <source>give --email (or --pair / --pretix-token-stdin for pretix)</source>
        <translation>--email दें (या pretix के लिए --pair / --pretix-token-stdin)</translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation>{email} का पासवर्ड: </translation>
    </message>
    <message>
        <source>give the password on stdin with --password-stdin</source>
        <translation>पासवर्ड --password-stdin के साथ stdin पर दें</translation>
    </message>
    <message>
        <source>empty password</source>
        <translation>पासवर्ड खाली है</translation>
    </message>
    <message numerus="yes">
        <source>signed in to {server} as {email}; %n event(s)</source>
        <translation>
            <numerusform>{server} पर {email} के रूप में साइन इन; %n इवेंट</numerusform>
            <numerusform>{server} पर {email} के रूप में साइन इन; %n इवेंट</numerusform>
        </translation>
    </message>
    <message>
        <source>signed out (local data kept)</source>
        <translation>साइन आउट (स्थानीय डेटा रखा गया)</translation>
    </message>
    <message>
        <source>no event {event} on the server</source>
        <translation>सर्वर पर कोई इवेंट {event} नहीं है</translation>
    </message>
    <message>
        <source>{why}; showing cached events</source>
        <translation>{why}; सहेजे गए इवेंट दिखा रहे हैं</translation>
    </message>
    <message>
        <source>no events: sign in with `orga-app login` or import a CSV list</source>
        <translation>कोई इवेंट नहीं: `orga-app login` से साइन इन करें या CSV सूची आयात करें</translation>
    </message>
    <message>
        <source>no event {event}: run `orga-app events`</source>
        <translation>कोई इवेंट {event} नहीं: `orga-app events` चलाएँ</translation>
    </message>
    <message>
        <source>no such event {event} on the server</source>
        <translation>सर्वर पर ऐसा कोई इवेंट {event} नहीं है</translation>
    </message>
    <message numerus="yes">
        <source>uploaded %n</source>
        <translation>
            <numerusform>अपलोड %n</numerusform>
            <numerusform>अपलोड %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>failed %n</source>
        <translation>
            <numerusform>विफल %n</numerusform>
            <numerusform>विफल %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pending %n</source>
        <translation>
            <numerusform>बाकी %n</numerusform>
            <numerusform>बाकी %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>downloaded %n attendee(s) in {seconds} s</source>
        <translation>
            <numerusform>{seconds} से. में %n प्रतिभागी डाउनलोड</numerusform>
            <numerusform>{seconds} से. में %n प्रतिभागी डाउनलोड</numerusform>
        </translation>
    </message>
    <message>
        <source>error: {error}</source>
        <translation>त्रुटि: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n failed upload(s)</source>
        <translation>
            <numerusform>%n अपलोड विफल</numerusform>
            <numerusform>%n अपलोड विफल</numerusform>
        </translation>
    </message>
    <message>
        <source>(retry queued)</source>
        <translation>(फिर से कोशिश कतार में)</translation>
    </message>
    <message>
        <source>This account is a server admin without a role in any event: open an event by its number or identifier.</source>
        <translation>यह खाता सर्वर एडमिन है पर किसी इवेंट में इसकी कोई भूमिका नहीं: इवेंट को उसकी संख्या या पहचानकर्ता से खोलें।</translation>
    </message>
    <message>
        <source>Signed in, but the event list could not be read: {why}</source>
        <translation>साइन इन हो गया, पर इवेंट सूची पढ़ी नहीं जा सकी: {why}</translation>
    </message>
    <message>
        <source>No events for this organizer yet.</source>
        <translation>इस आयोजक के अभी कोई इवेंट नहीं हैं।</translation>
    </message>
    <message>
        <source>No camera chosen (USB scanner only).</source>
        <translation>कोई कैमरा नहीं चुना गया (केवल USB स्कैनर)।</translation>
    </message>
    <message>
        <source>Plug the camera in, close other programs that use it, or choose another camera in Settings; then check again.</source>
        <translation>कैमरा लगाएँ, उसे इस्तेमाल कर रहे दूसरे प्रोग्राम बंद करें, या सेटिंग्स में दूसरा कैमरा चुनें; फिर दोबारा जाँचें।</translation>
    </message>
    <message>
        <source>The code reader {name} cannot start: {error}</source>
        <translation>कोड रीडर {name} शुरू नहीं हो सकता: {error}</translation>
    </message>
    <message>
        <source>Choose another decoder in Settings.</source>
        <translation>सेटिंग्स में दूसरा डिकोडर चुनें।</translation>
    </message>
    <message>
        <source>Does not open: {error}</source>
        <translation>नहीं खुलता: {error}</translation>
    </message>
    <message>
        <source>Stopped giving pictures: {error}</source>
        <translation>तस्वीरें देना बंद कर दिया: {error}</translation>
    </message>
    <message>
        <source>Opens and reads the printable test ticket.</source>
        <translation>खुलता है और छापने योग्य टेस्ट टिकट पढ़ता है।</translation>
    </message>
    <message>
        <source>Opens and reads codes (read “{code}”).</source>
        <translation>खुलता है और कोड पढ़ता है (“{code}” पढ़ा)।</translation>
    </message>
    <message>
        <source>Opens and reads codes.</source>
        <translation>खुलता है और कोड पढ़ता है।</translation>
    </message>
    <message>
        <source>Opens but gives no picture.</source>
        <translation>खुलता है पर तस्वीर नहीं देता।</translation>
    </message>
    <message>
        <source>Gives pictures ({frames} frames) but saw no code.</source>
        <translation>तस्वीरें देता है ({frames} फ़्रेम) पर कोई कोड नहीं दिखा।</translation>
    </message>
    <message>
        <source>Hold a ticket (or the printable test ticket) in front of the camera and check again.</source>
        <translation>कैमरे के सामने एक टिकट (या छापने योग्य टेस्ट टिकट) रखें और दोबारा जाँचें।</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>प्रतिभागी सूची</translation>
    </message>
    <message>
        <source>A list imported from a file: nothing to download.</source>
        <translation>फ़ाइल से आयात की गई सूची: डाउनलोड करने को कुछ नहीं।</translation>
    </message>
    <message>
        <source>Download the list again now (Sync now, or `orga-app sync --event {event}`).</source>
        <translation>सूची अभी फिर से डाउनलोड करें (अभी सिंक करें, या `orga-app sync --event {event}`)।</translation>
    </message>
    <message>
        <source>Never downloaded: every ticket would be refused as unknown.</source>
        <translation>कभी डाउनलोड नहीं हुई: हर टिकट अज्ञात मानकर अस्वीकार होगा।</translation>
    </message>
    <message>
        <source>Downloaded later than this computer&apos;s clock says it is now.</source>
        <translation>इस कंप्यूटर की घड़ी अभी जो समय बताती है, उसके बाद डाउनलोड हुई।</translation>
    </message>
    <message>
        <source>Last complete download {age} ago: tickets sold or changed since are not known here.</source>
        <translation>पिछला पूरा डाउनलोड {age} पहले: उसके बाद बिके या बदले टिकट यहाँ ज्ञात नहीं।</translation>
    </message>
    <message>
        <source>Last complete download {age} ago.</source>
        <translation>पिछला पूरा डाउनलोड {age} पहले।</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>अपलोड</translation>
    </message>
    <message>
        <source>Do what the reason says (often: sign in again), then sync.</source>
        <translation>कारण जो कहता है वह करें (अक्सर: फिर से साइन इन), फिर सिंक करें।</translation>
    </message>
    <message>
        <source>{failed} check-in(s) refused by the server, {pending} waiting to upload.</source>
        <translation>सर्वर ने {failed} चेक-इन अस्वीकार किए, {pending} अपलोड की प्रतीक्षा में।</translation>
    </message>
    <message>
        <source>Open Problems and retry or discard each refused check-in.</source>
        <translation>समस्याएँ खोलें और हर अस्वीकृत चेक-इन को फिर से आज़माएँ या हटाएँ।</translation>
    </message>
    <message>
        <source>{pending} check-in(s) waiting to upload.</source>
        <translation>{pending} चेक-इन अपलोड की प्रतीक्षा में।</translation>
    </message>
    <message>
        <source>Connect to the network and sync; they upload by themselves when online.</source>
        <translation>नेटवर्क से जुड़ें और सिंक करें; ऑनलाइन होने पर ये अपने-आप अपलोड होते हैं।</translation>
    </message>
    <message>
        <source>Every check-in is on the server.</source>
        <translation>हर चेक-इन सर्वर पर है।</translation>
    </message>
    <message>
        <source>Kiosk exit PIN</source>
        <translation>कियोस्क से बाहर निकलने का PIN</translation>
    </message>
    <message>
        <source>Set.</source>
        <translation>सेट है।</translation>
    </message>
    <message>
        <source>No kiosk on this computer.</source>
        <translation>इस कंप्यूटर पर कोई कियोस्क नहीं।</translation>
    </message>
    <message>
        <source>Not set: the kiosk would ask for one at its first start, in front of guests.</source>
        <translation>सेट नहीं: कियोस्क पहली बार शुरू होने पर मेहमानों के सामने इसे माँगेगा।</translation>
    </message>
    <message>
        <source>Start the kiosk (`orga-app gui --kiosk`) now and set a PIN of 4 to 8 digits.</source>
        <translation>कियोस्क अभी शुरू करें (`orga-app gui --kiosk`) और 4 से 8 अंकों का PIN सेट करें।</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>खाली जगह</translation>
    </message>
    <message>
        <source>{mb} MB left for the local data.</source>
        <translation>स्थानीय डेटा के लिए {mb} MB बचे हैं।</translation>
    </message>
    <message>
        <source>Free some disk space (delete or move large files), then check again.</source>
        <translation>डिस्क पर कुछ जगह खाली करें (बड़ी फ़ाइलें हटाएँ या ले जाएँ), फिर दोबारा जाँचें।</translation>
    </message>
    <message>
        <source>Local data file</source>
        <translation>स्थानीय डेटा फ़ाइल</translation>
    </message>
    <message>
        <source>Do not scan with this file. Keep a copy of the data folder for support, then sign in on a fresh data folder and download the event again.</source>
        <translation>इस फ़ाइल के साथ स्कैन न करें। सहायता के लिए डेटा फ़ोल्डर की एक प्रति रखें, फिर नए डेटा फ़ोल्डर पर साइन इन करके इवेंट फिर से डाउनलोड करें।</translation>
    </message>
    <message>
        <source>Cannot be read: {error}</source>
        <translation>पढ़ी नहीं जा सकती: {error}</translation>
    </message>
    <message>
        <source>Intact (quick check).</source>
        <translation>सही-सलामत (त्वरित जाँच)।</translation>
    </message>
    <message>
        <source>Damaged: {first}</source>
        <translation>क्षतिग्रस्त: {first}</translation>
    </message>
    <message>
        <source>Upload rights</source>
        <translation>अपलोड अधिकार</translation>
    </message>
    <message>
        <source>The server refuses this {who}: {why}</source>
        <translation>सर्वर इस {who} को अस्वीकार करता है: {why}</translation>
    </message>
    <message>
        <source>Pair this computer again with a new token from the organizer (Sign in).</source>
        <translation>आयोजक से मिले नए टोकन से इस कंप्यूटर को फिर से जोड़ें (साइन इन)।</translation>
    </message>
    <message>
        <source>The door&apos;s check-in list is gone from the server.</source>
        <translation>इस द्वार की चेक-इन सूची सर्वर से हट गई है।</translation>
    </message>
    <message>
        <source>Choose this door&apos;s check-in list again on the events page.</source>
        <translation>इवेंट पेज पर इस द्वार की चेक-इन सूची फिर से चुनें।</translation>
    </message>
    <message>
        <source>Server not reached ({why}).</source>
        <translation>सर्वर तक नहीं पहुँचे ({why})।</translation>
    </message>
    <message>
        <source>Connect and check again.</source>
        <translation>कनेक्ट करें और दोबारा जाँचें।</translation>
    </message>
    <message>
        <source>May check people in on the list “{name}” as a {who}; the scan time goes up with each.</source>
        <translation>सूची “{name}” पर चेक-इन कर सकता है ({who}); हर बार स्कैन का समय भी जाता है।</translation>
    </message>
    <message>
        <source>No check-in list chosen for this door: every scan would be refused.</source>
        <translation>इस द्वार के लिए कोई चेक-इन सूची नहीं चुनी गई: हर स्कैन अस्वीकार होगा।</translation>
    </message>
    <message>
        <source>Choose the door&apos;s check-in list on the events page (or `orga-app lists`).</source>
        <translation>इवेंट पेज पर द्वार की चेक-इन सूची चुनें (या `orga-app lists`)।</translation>
    </message>
    <message>
        <source>Not compared for this server type (the list counts only what it admits).</source>
        <translation>इस प्रकार के सर्वर के लिए तुलना नहीं होती (सूची केवल वही गिनती है जिसे वह प्रवेश देती है)।</translation>
    </message>
    <message>
        <source>Attendees against the server</source>
        <translation>सर्वर से तुलना में प्रतिभागी</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>बैज प्रिंटर</translation>
    </message>
    <message>
        <source>“{name}” takes jobs.</source>
        <translation>“{name}” काम ले रहा है।</translation>
    </message>
    <message>
        <source>Badges print at check-in, but no printer is chosen.</source>
        <translation>चेक-इन पर बैज छपते हैं, पर कोई प्रिंटर नहीं चुना गया।</translation>
    </message>
    <message>
        <source>Choose the badge printer in the Badges settings.</source>
        <translation>बैज सेटिंग्स में बैज प्रिंटर चुनें।</translation>
    </message>
    <message>
        <source>“{name}” is not there (unplugged, renamed or removed).</source>
        <translation>“{name}” मौजूद नहीं है (निकाला गया, नाम बदला या हटाया गया)।</translation>
    </message>
    <message>
        <source>Plug it in and switch it on, or choose another printer in the Badges settings.</source>
        <translation>इसे लगाकर चालू करें, या बैज सेटिंग्स में दूसरा प्रिंटर चुनें।</translation>
    </message>
    <message>
        <source>“{name}” is stopped (paused, out of paper or offline).</source>
        <translation>“{name}” रुका हुआ है (विराम, काग़ज़ ख़त्म या ऑफ़लाइन)।</translation>
    </message>
    <message>
        <source>Fix the printer (paper, cable, power), then resume it in the system&apos;s printers.</source>
        <translation>प्रिंटर ठीक करें (काग़ज़, केबल, बिजली), फिर सिस्टम के प्रिंटरों में उसे दोबारा चालू करें।</translation>
    </message>
    <message>
        <source>No server: a list imported from a file.</source>
        <translation>कोई सर्वर नहीं: फ़ाइल से आयात की गई सूची।</translation>
    </message>
    <message>
        <source>Not signed in to this event&apos;s server.</source>
        <translation>इस इवेंट के सर्वर पर साइन इन नहीं है।</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>घड़ी</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>जाँच विफल रही: {error}</translation>
    </message>
    <message>
        <source>Choose another camera in Settings; then check again.</source>
        <translation>सेटिंग्स में दूसरा कैमरा चुनें; फिर दोबारा जाँचें।</translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in: {why}</source>
        <translation>सर्वर अब यह साइन इन स्वीकार नहीं करता: {why}</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>Connect to the network and check again.</source>
        <translation>नेटवर्क से जुड़ें और दोबारा जाँचें।</translation>
    </message>
    <message>
        <source>The server does not tell this account&apos;s role; uploads will try and say so if the server refuses them.</source>
        <translation>सर्वर इस खाते की भूमिका नहीं बताता; अपलोड कोशिश करेंगे और सर्वर के अस्वीकार करने पर बताएँगे।</translation>
    </message>
    <message>
        <source>Ask the event&apos;s owner to make this account co-organizer (or organizer), or sign in as a server admin.</source>
        <translation>इवेंट के मालिक से इस खाते को सह-आयोजक (या आयोजक) बनाने को कहें, या सर्वर एडमिन के रूप में साइन इन करें।</translation>
    </message>
    <message>
        <source>May check people in as {role}, through a registration station: the server records its own upload time and cannot record check-outs.</source>
        <translation>{role} के रूप में पंजीकरण स्टेशन के ज़रिए चेक-इन कर सकता है: सर्वर अपना अपलोड समय दर्ज करता है और चेक-आउट दर्ज नहीं कर सकता।</translation>
    </message>
    <message>
        <source>May check people in as {role}: scan time and door name go up with each check-in.</source>
        <translation>{role} के रूप में चेक-इन कर सकता है: हर चेक-इन के साथ स्कैन का समय और द्वार का नाम जाता है।</translation>
    </message>
    <message>
        <source>Download the list again now.</source>
        <translation>सूची अभी फिर से डाउनलोड करें।</translation>
    </message>
    <message>
        <source>{local} here; could not compare ({why}).</source>
        <translation>यहाँ {local}; तुलना नहीं हो सकी ({why})।</translation>
    </message>
    <message>
        <source>{local} here, as on the server.</source>
        <translation>यहाँ {local}, सर्वर जितने ही।</translation>
    </message>
    <message>
        <source>{missing} attendee(s) on the server are not on this computer ({local} of {server}): their tickets would be refused as unknown.</source>
        <translation>सर्वर के {missing} प्रतिभागी इस कंप्यूटर पर नहीं हैं ({server} में से {local}): उनके टिकट अज्ञात मानकर अस्वीकार होंगे।</translation>
    </message>
    <message>
        <source>{extra} attendee(s) here are no longer on the server ({local} here, {server} there).</source>
        <translation>यहाँ के {extra} प्रतिभागी अब सर्वर पर नहीं हैं (यहाँ {local}, वहाँ {server})।</translation>
    </message>
    <message>
        <source>Could not compare with the server&apos;s clock ({why}).</source>
        <translation>सर्वर की घड़ी से तुलना नहीं हो सकी ({why})।</translation>
    </message>
    <message>
        <source>Within {off} of the server&apos;s clock.</source>
        <translation>सर्वर की घड़ी से {off} के भीतर।</translation>
    </message>
    <message>
        <source>Set date and time automatically (network time) in the system settings, or correct the clock and time zone by hand; then check again.</source>
        <translation>सिस्टम सेटिंग्स में दिनांक और समय अपने-आप (नेटवर्क समय) सेट करें, या घड़ी और समय क्षेत्र हाथ से ठीक करें; फिर दोबारा जाँचें।</translation>
    </message>
    <message>
        <source>USB scanner</source>
        <translation>USB स्कैनर</translation>
    </message>
    <message>
        <source>Set up: {found}.</source>
        <translation>सेट अप: {found}।</translation>
    </message>
    <message>
        <source>The last set-up failed: {why}.</source>
        <translation>पिछला सेट-अप विफल रहा: {why}।</translation>
    </message>
    <message>
        <source>Run the scanner set-up again with the test code, or scan with the camera.</source>
        <translation>टेस्ट कोड से स्कैनर सेट-अप फिर से चलाएँ, या कैमरे से स्कैन करें।</translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation>जाँचा नहीं गया।</translation>
    </message>
    <message>
        <source>If this door uses a USB barcode scanner, run the scanner set-up once.</source>
        <translation>अगर यह द्वार USB बारकोड स्कैनर इस्तेमाल करता है, तो स्कैनर सेट-अप एक बार चलाएँ।</translation>
    </message>
</context>
</TS>
