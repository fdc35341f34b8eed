<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Uploads are paused: {why}</source>
        <translation>الرفع متوقف: {why}</translation>
    </message>
    <message>
        <source>They have not reached the server yet.</source>
        <translation>لم تصل إلى الخادم بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) made on this computer are not on the server.</source>
        <translation>
            <numerusform>عمليات حضور على هذا الحاسوب ليست على الخادم: %n</numerusform>
            <numerusform>عمليات حضور على هذا الحاسوب ليست على الخادم: %n</numerusform>
            <numerusform>عمليات حضور على هذا الحاسوب ليست على الخادم: %n</numerusform>
            <numerusform>عمليات حضور على هذا الحاسوب ليست على الخادم: %n</numerusform>
            <numerusform>عمليات حضور على هذا الحاسوب ليست على الخادم: %n</numerusform>
            <numerusform>عمليات حضور على هذا الحاسوب ليست على الخادم: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No event “{key}” on this server.</source>
        <translation>لا توجد فعالية “{key}” على هذا الخادم.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>سجّل الدخول أولًا.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>آخر تسجيل حضور</translation>
    </message>
    <message>
        <source>✓ in</source>
        <translation>✓ حاضر</translation>
    </message>
    <message>
        <source>— not in</source>
        <translation>— غير حاضر</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to upload</source>
        <translation>
            <numerusform>تغييرات بانتظار الرفع: %n</numerusform>
            <numerusform>تغييرات بانتظار الرفع: %n</numerusform>
            <numerusform>تغييرات بانتظار الرفع: %n</numerusform>
            <numerusform>تغييرات بانتظار الرفع: %n</numerusform>
            <numerusform>تغييرات بانتظار الرفع: %n</numerusform>
            <numerusform>تغييرات بانتظار الرفع: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) the server refused (see Problems)</source>
        <translation>
            <numerusform>تغييرات رفضها الخادم: %n (انظر المشكلات)</numerusform>
            <numerusform>تغييرات رفضها الخادم: %n (انظر المشكلات)</numerusform>
            <numerusform>تغييرات رفضها الخادم: %n (انظر المشكلات)</numerusform>
            <numerusform>تغييرات رفضها الخادم: %n (انظر المشكلات)</numerusform>
            <numerusform>تغييرات رفضها الخادم: %n (انظر المشكلات)</numerusform>
            <numerusform>تغييرات رفضها الخادم: %n (انظر المشكلات)</numerusform>
        </translation>
    </message>
    <message>
        <source> on {device}</source>
        <translation> على {device}</translation>
    </message>
    <message>
        <source>in at {when}</source>
        <translation>دخل {when}</translation>
    </message>
    <message>
        <source>out at {when}</source>
        <translation>خرج {when}</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>لا عمليات حضور بعد.</translation>
    </message>
    <message>
        <source>Search name, e-mail, order or code</source>
        <translation>ابحث بالاسم أو البريد أو الطلب أو الرمز</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>غير حاضر</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>بانتظار الرفع</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>فشل الرفع</translation>
    </message>
    <message>
        <source>Attendee details</source>
        <translation>تفاصيل المشارك</translation>
    </message>
    <message>
        <source>Select an attendee to see the details.</source>
        <translation>اختر مشاركًا لعرض التفاصيل.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>تسجيل المغادرة…</translation>
    </message>
    <message>
        <source>Print badge</source>
        <translation>طباعة الشارة</translation>
    </message>
    <message>
        <source>Print this person&apos;s badge now (a reprint included)</source>
        <translation>اطبع شارة هذا الشخص الآن (بما في ذلك إعادة الطباعة)</translation>
    </message>
    <message>
        <source>more than {n} attendees</source>
        <translation>أكثر من {n} مشارك</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n مشارك</numerusform>
            <numerusform>مشارك واحد</numerusform>
            <numerusform>مشاركان</numerusform>
            <numerusform>%n مشاركين</numerusform>
            <numerusform>%n مشاركًا</numerusform>
            <numerusform>%n مشارك</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge of {name} sent to the printer queue.</source>
        <translation>أُرسلت شارة {name} إلى قائمة الطباعة.</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>تسجيل المغادرة</translation>
    </message>
    <message>
        <source>Check out {name}?</source>
        <translation>تسجيل مغادرة {name}؟</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>الكاميرا:</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>تشغيل الكاميرا</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>جارٍ البحث عن الكاميرات…</translation>
    </message>
    <message>
        <source>Could not look for cameras: {detail}
Type the code below or use a USB scanner.</source>
        <translation>تعذّر البحث عن الكاميرات: {detail}
اكتب الرمز أدناه أو استخدم ماسحًا عبر USB.</translation>
    </message>
    <message>
        <source>Camera {n}</source>
        <translation>الكاميرا {n}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>ملف: {name}</translation>
    </message>
    <message>
        <source>No camera found.
Type the code below, or use a USB barcode scanner: it works anywhere in this window.</source>
        <translation>لم يُعثر على كاميرا.
اكتب الرمز أدناه أو استخدم ماسح رموز عبر USB: يعمل في أي مكان في هذه النافذة.</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>الكاميرا متوقفة</translation>
    </message>
    <message>
        <source>Starting camera…</source>
        <translation>جارٍ تشغيل الكاميرا…</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>إيقاف الكاميرا</translation>
    </message>
    <message>
        <source>Camera unavailable — trying again…
{detail}
Meanwhile type the code below or use a USB scanner.</source>
        <translation>الكاميرا غير متاحة — إعادة المحاولة…
{detail}
في الأثناء اكتب الرمز أدناه أو استخدم ماسحًا عبر USB.</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>انتهى الفيديو.</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>حاضرون</translation>
    </message>
    <message>
        <source>of all attendees</source>
        <translation>من كل المشاركين</translation>
    </message>
    <message>
        <source>waiting to upload</source>
        <translation>بانتظار الرفع</translation>
    </message>
    <message>
        <source>failed uploads</source>
        <translation>عمليات رفع فاشلة</translation>
    </message>
    <message>
        <source>Arrivals per 15 minutes</source>
        <translation>الوصول كل 15 دقيقة</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Once (if not printed before)</source>
        <translation>مرة واحدة (إن لم تُطبع من قبل)</translation>
    </message>
    <message>
        <source>At every check-in</source>
        <translation>عند كل تسجيل حضور</translation>
    </message>
    <message>
        <source>The server&apos;s layout for each ticket type</source>
        <translation>تصميم الخادم لكل نوع تذكرة</translation>
    </message>
    <message>
        <source>Built-in: name, company, ticket type, QR</source>
        <translation>مدمج: الاسم والشركة ونوع التذكرة ورمز QR</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>الشارات</translation>
    </message>
    <message>
        <source>(none: do not print)</source>
        <translation>(لا شيء: لا تطبع)</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (غير متصلة)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>Badge size</source>
        <translation>مقاس الشارة</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>التصميم</translation>
    </message>
    <message>
        <source>Print at check-in</source>
        <translation>الطباعة عند تسجيل الحضور</translation>
    </message>
    <message>
        <source>Per ticket type: name=never, once or always, separated by semicolons</source>
        <translation>حسب نوع التذكرة: الاسم=never أو once أو always، مفصولة بفاصلة منقوطة</translation>
    </message>
    <message>
        <source>Per ticket type</source>
        <translation>حسب نوع التذكرة</translation>
    </message>
    <message>
        <source>Preview with a sample name</source>
        <translation>معاينة باسم تجريبي</translation>
    </message>
    <message>
        <source>Print this badge</source>
        <translation>اطبع هذه الشارة</translation>
    </message>
    <message>
        <source>Preview: {name}</source>
        <translation>معاينة: {name}</translation>
    </message>
    <message>
        <source>Check-ins per door</source>
        <translation>الحضور حسب البوابة</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Door (device)</source>
        <translation>البوابة (الجهاز)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>عمليات الحضور</translation>
    </message>
    <message>
        <source>(no ticket type)</source>
        <translation>(بلا نوع تذكرة)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
    <message>
        <source>Scans on this device: {parts}</source>
        <translation>المسح على هذا الجهاز: {parts}</translation>
    </message>
    <message>
        <source>No scans on this device yet.</source>
        <translation>لا عمليات مسح على هذا الجهاز بعد.</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Arrivals per 15 minutes (none yet)</source>
        <translation>الوصول كل 15 دقيقة (لا شيء بعد)</translation>
    </message>
    <message>
        <source>Arrivals per hour</source>
        <translation>الوصول كل ساعة</translation>
    </message>
    <message>
        <source>Arrivals per {n} hours</source>
        <translation>الوصول كل {n} ساعات</translation>
    </message>
    <message>
        <source>Arrivals per {n} minutes</source>
        <translation>الوصول كل {n} دقيقة</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>First admitted</source>
        <translation>أول دخول</translation>
    </message>
    <message>
        <source>Admitted again</source>
        <translation>دخول ثانٍ</translation>
    </message>
    <message>
        <source>{when} at {door}</source>
        <translation>{when} عند {door}</translation>
    </message>
    <message>
        <source>Admitted twice</source>
        <translation>دخل مرتين</translation>
    </message>
    <message>
        <source>A ticket was let in at two doors before they had synced, with no check-out between. Check whether it was copied.</source>
        <translation>سُمح بدخول تذكرة عند بوابتين قبل مزامنتهما، دون مغادرة بينهما. تحقّق هل نُسخت.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a ticket was let in at two doors before they had synced, with no check-out between. Check whether those tickets were copied.</source>
        <translation>
            <numerusform>عدد مرات دخول تذكرة عند بوابتين قبل مزامنتهما، دون مغادرة بينهما: %n. تحقّق هل نُسخت تلك التذاكر.</numerusform>
            <numerusform>عدد مرات دخول تذكرة عند بوابتين قبل مزامنتهما، دون مغادرة بينهما: %n. تحقّق هل نُسخت تلك التذاكر.</numerusform>
            <numerusform>عدد مرات دخول تذكرة عند بوابتين قبل مزامنتهما، دون مغادرة بينهما: %n. تحقّق هل نُسخت تلك التذاكر.</numerusform>
            <numerusform>عدد مرات دخول تذكرة عند بوابتين قبل مزامنتهما، دون مغادرة بينهما: %n. تحقّق هل نُسخت تلك التذاكر.</numerusform>
            <numerusform>عدد مرات دخول تذكرة عند بوابتين قبل مزامنتهما، دون مغادرة بينهما: %n. تحقّق هل نُسخت تلك التذاكر.</numerusform>
            <numerusform>عدد مرات دخول تذكرة عند بوابتين قبل مزامنتهما، دون مغادرة بينهما: %n. تحقّق هل نُسخت تلك التذاكر.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket was admitted at two doors.</source>
        <translation>لم يُسمح بدخول أي تذكرة عند بوابتين.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space, then scan again.</source>
        <translation>القرص ممتلئ: لم يُحفظ شيء. أفرغ بعض المساحة ثم امسح مجددًا.</translation>
    </message>
    <message>
        <source>The local database is busy (is Orga App open twice on this computer?). Nothing was saved; scan again.</source>
        <translation>قاعدة البيانات المحلية مشغولة (هل Orga App مفتوح مرتين على هذا الحاسوب؟). لم يُحفظ شيء؛ امسح مجددًا.</translation>
    </message>
    <message>
        <source>The data folder is read-only: nothing was saved.</source>
        <translation>مجلد البيانات للقراءة فقط: لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The local database failed ({detail}): nothing was saved.</source>
        <translation>فشلت قاعدة البيانات المحلية ({detail}): لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>البريد أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Check the server address and this computer&apos;s date and time.</source>
        <translation>تعذّر التحقق من شهادة الخادم. تحقّق من عنوان الخادم ومن تاريخ هذا الحاسوب ووقته.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network and the server address.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقّق من الشبكة وعنوان الخادم.</translation>
    </message>
    <message>
        <source>This account is not allowed to do that.</source>
        <translation>هذا الحساب غير مسموح له بذلك.</translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>حدثت مشكلة في الخادم. حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <source>The server refused: {reason}</source>
        <translation>رفض الخادم: {reason}</translation>
    </message>
    <message>
        <source>Camera problem: {detail}</source>
        <translation>مشكلة في الكاميرا: {detail}</translation>
    </message>
    <message>
        <source>Could not read or write a file: {detail}</source>
        <translation>تعذّرت قراءة ملف أو كتابته: {detail}</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}</source>
        <translation>خطأ غير متوقع: {kind}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>Details were saved to {path}.</source>
        <translation>حُفظت التفاصيل في {path}.</translation>
    </message>
    <message>
        <source>The app hit a bug. Scanning keeps working; check-ins already made are saved.</source>
        <translation>واجه التطبيق خللًا. المسح مستمر؛ عمليات الحضور السابقة محفوظة.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>تفاصيل الخطأ</translation>
    </message>
    <message>
        <source>server admin</source>
        <translation>مدير الخادم</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>organizer</source>
        <translation>المنظّم</translation>
    </message>
    <message>
        <source>co-organizer</source>
        <translation>المنظّم المشارك</translation>
    </message>
    <message>
        <source>registrar</source>
        <translation>المسجِّل</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>بلا دور</translation>
    </message>
    <message>
        <source>This account is {role} for “{event}”: the server does not let it record check-ins, so scans here would never reach the server. Ask the event&apos;s owner to make this account co-organizer (or organizer), or sign in as a server admin.</source>
        <translation>هذا الحساب {role} في “{event}”: لا يسمح له الخادم بتسجيل الحضور، فلن يصل المسح هنا إلى الخادم أبدًا. اطلب من مالك الفعالية جعل هذا الحساب منظّمًا مشاركًا (أو منظّمًا)، أو سجّل الدخول كمدير للخادم.</translation>
    </message>
    <message>
        <source>Check-ins go up through a registration station: the server records its own time of upload (the scan time stays on this computer) and cannot record check-outs (only a server admin can).</source>
        <translation>تُرفع عمليات الحضور عبر محطة تسجيل: يسجّل الخادم وقت الرفع الخاص به (يبقى وقت المسح على هذا الحاسوب) ولا يمكنه تسجيل المغادرة (فقط مدير الخادم يستطيع).</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>some products only</source>
        <translation>بعض المنتجات فقط</translation>
    </message>
    <message>
        <source>unpaid orders admitted</source>
        <translation>يُقبل الطلب غير المدفوع</translation>
    </message>
    <message>
        <source>multiple entries</source>
        <translation>دخول متعدد</translation>
    </message>
    <message>
        <source>Check-in list: {name} (exit)</source>
        <translation>قائمة الحضور: {name} (خروج)</translation>
    </message>
    <message>
        <source>Check-in list: {name}</source>
        <translation>قائمة الحضور: {name}</translation>
    </message>
    <message>
        <source>Choose the event at this door</source>
        <translation>اختر فعالية هذه البوابة</translation>
    </message>
    <message>
        <source>Check-in list</source>
        <translation>قائمة الحضور</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Event number or identifier</source>
        <translation>رقم الفعالية أو معرّفها</translation>
    </message>
    <message>
        <source>Find event on server</source>
        <translation>ابحث عن الفعالية على الخادم</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Refresh list from server</source>
        <translation>حدّث القائمة من الخادم</translation>
    </message>
    <message>
        <source>Check readiness</source>
        <translation>فحص الجاهزية</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>افتح الفعالية</translation>
    </message>
    <message>
        <source>  (local list)</source>
        <translation>  (قائمة محلية)</translation>
    </message>
    <message>
        <source>  · you: {role}</source>
        <translation>  · أنت: {role}</translation>
    </message>
    <message>
        <source>No events yet. Sign in and refresh the list.</source>
        <translation>لا فعاليات بعد. سجّل الدخول وحدّث القائمة.</translation>
    </message>
    <message>
        <source>This event has no check-in list on the server: refresh the list.</source>
        <translation>لا قائمة حضور لهذه الفعالية على الخادم: حدّث القائمة.</translation>
    </message>
    <message>
        <source>Looking for event {key}…</source>
        <translation>جارٍ البحث عن الفعالية {key}…</translation>
    </message>
    <message>
        <source>Attendee list (*.csv)</source>
        <translation>قائمة المشاركين (*.csv)</translation>
    </message>
    <message>
        <source>Scan log (*.csv)</source>
        <translation>سجل المسح (*.csv)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>تصدير إلى CSV</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>المشاركين</translation>
    </message>
    <message>
        <source>scan log</source>
        <translation>سجل المسح</translation>
    </message>
    <message>
        <source>Exporting {what} to {name}…</source>
        <translation>جارٍ تصدير {what} إلى {name}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Orga App — self check-in</source>
        <translation>Orga App — تسجيل ذاتي</translation>
    </message>
    <message>
        <source>the video ended</source>
        <translation>انتهى الفيديو</translation>
    </message>
    <message>
        <source>Camera unavailable — you can still use the scanner at the desk</source>
        <translation>الكاميرا غير متاحة — يمكنك استخدام الماسح عند المكتب</translation>
    </message>
    <message>
        <source>Paper or phone — both work. Staff at the desk are happy to help.</source>
        <translation>ورقية أو على الهاتف — كلاهما يعمل. فريق المكتب سعيد بمساعدتك.</translation>
    </message>
    <message>
        <source>Welcome to {event}!</source>
        <translation>أهلًا بك في {event}!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>أهلًا بك!</translation>
    </message>
    <message>
        <source>Self check-in is not set up yet — please see the desk</source>
        <translation>التسجيل الذاتي غير مُعدّ بعد — يُرجى التوجه إلى المكتب</translation>
    </message>
    <message>
        <source>Hold your ticket&apos;s QR code up to the camera</source>
        <translation>ضع رمز QR لتذكرتك أمام الكاميرا</translation>
    </message>
    <message>
        <source>Please scan your ticket</source>
        <translation>يُرجى مسح تذكرتك</translation>
    </message>
    <message>
        <source>Ticket not recognised — please see the desk</source>
        <translation>لم يُتعرّف على التذكرة — يُرجى التوجه إلى المكتب</translation>
    </message>
    <message>
        <source>Please see the desk</source>
        <translation>يُرجى التوجه إلى المكتب</translation>
    </message>
    <message>
        <source>Sorry, that did not work — please see the desk</source>
        <translation>عذرًا، لم ينجح ذلك — يُرجى التوجه إلى المكتب</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>حذف آخر رقم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Set the operator PIN for this kiosk</source>
        <translation>عيّن رمز PIN للمشغّل لهذا الكشك</translation>
    </message>
    <message>
        <source>Choose a new operator PIN</source>
        <translation>اختر رمز PIN جديدًا للمشغّل</translation>
    </message>
    <message>
        <source>4 to 8 digits. You need it to leave kiosk mode.</source>
        <translation>من 4 إلى 8 أرقام. تحتاجه لمغادرة وضع الكشك.</translation>
    </message>
    <message>
        <source>Operator PIN</source>
        <translation>رمز PIN للمشغّل</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>رمز PIN غير صحيح. حاول مجددًا.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits. Please try again.</source>
        <translation>رمز PIN من 4 إلى 8 أرقام. حاول مجددًا.</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>أدخل رمز PIN نفسه مجددًا</translation>
    </message>
    <message>
        <source>The two PINs were different. Please start again.</source>
        <translation>الرمزان مختلفان. ابدأ من جديد.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <source>Back to self check-in</source>
        <translation>العودة إلى التسجيل الذاتي</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>تغيير PIN</translation>
    </message>
    <message>
        <source>Exit kiosk mode</source>
        <translation>مغادرة وضع الكشك</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Please wait %n second(s).</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة. يُرجى الانتظار (بالثواني): %n</numerusform>
            <numerusform>محاولات خاطئة كثيرة. يُرجى الانتظار (بالثواني): %n</numerusform>
            <numerusform>محاولات خاطئة كثيرة. يُرجى الانتظار (بالثواني): %n</numerusform>
            <numerusform>محاولات خاطئة كثيرة. يُرجى الانتظار (بالثواني): %n</numerusform>
            <numerusform>محاولات خاطئة كثيرة. يُرجى الانتظار (بالثواني): %n</numerusform>
            <numerusform>محاولات خاطئة كثيرة. يُرجى الانتظار (بالثواني): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Please wait %n minute(s).</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة. يُرجى الانتظار (بالدقائق): %n</numerusform>
            <numerusform>محاولات خاطئة كثيرة. يُرجى الانتظار (بالدقائق): %n</numerusform>
            <numerusform>محاولات خاطئة كثيرة. يُرجى الانتظار (بالدقائق): %n</numerusform>
            <numerusform>محاولات خاطئة كثيرة. يُرجى الانتظار (بالدقائق): %n</numerusform>
            <numerusform>محاولات خاطئة كثيرة. يُرجى الانتظار (بالدقائق): %n</numerusform>
            <numerusform>محاولات خاطئة كثيرة. يُرجى الانتظار (بالدقائق): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Already checked in at {when}</source>
        <translation>سُجّل حضوره مسبقًا في {when}</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Full log: {path}</source>
        <translation>السجل الكامل: {path}</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>لا شيء في السجل بعد.</translation>
    </message>
    <message>
        <source>{server} uses plain http: your password, the session and attendee data would cross the network unencrypted, readable by anyone on the same Wi-Fi.

Connect without encryption for this session only?</source>
        <translation>يستخدم {server} اتصال http غير مشفّر: كلمة مرورك والجلسة وبيانات المشاركين ستعبر الشبكة دون تشفير، ويمكن لأي شخص على شبكة Wi-Fi نفسها قراءتها.

الاتصال دون تشفير لهذه الجلسة فقط؟</translation>
    </message>
    <message>
        <source>Sign in to your event server</source>
        <translation>سجّل الدخول إلى خادم الفعالية</translation>
    </message>
    <message>
        <source>Sign in once with internet; afterwards the door works offline on cached data.</source>
        <translation>سجّل الدخول مرة واحدة مع الإنترنت؛ بعدها تعمل البوابة دون اتصال ببيانات محفوظة.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Open Event (eventyay API v1)</source>
        <translation>Open Event (eventyay API v1)</translation>
    </message>
    <message>
        <source>pretix or eventyay-tickets</source>
        <translation>pretix أو eventyay-tickets</translation>
    </message>
    <message>
        <source>Server type</source>
        <translation>نوع الخادم</translation>
    </message>
    <message>
        <source>Back to the events</source>
        <translation>العودة إلى الفعاليات</translation>
    </message>
    <message>
        <source>Keep working with the events already on this computer</source>
        <translation>تابع العمل بالفعاليات الموجودة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Pair this computer as a door device</source>
        <translation>اربط هذا الحاسوب كجهاز بوابة</translation>
    </message>
    <message>
        <source>Use an organizer team&apos;s API token</source>
        <translation>استخدم رمز API لفريق منظّم</translation>
    </message>
    <message>
        <source>the one-time token the organizer shows</source>
        <translation>الرمز لمرة واحدة الذي يعرضه المنظّم</translation>
    </message>
    <message>
        <source>Pairing token</source>
        <translation>رمز الربط</translation>
    </message>
    <message>
        <source>organizer short name, e.g. demo</source>
        <translation>الاسم المختصر للمنظّم، مثل demo</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>المنظّم</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>رمز API</translation>
    </message>
    <message>
        <source>Checking what kind of server this is…</source>
        <translation>جارٍ التحقق من نوع الخادم…</translation>
    </message>
    <message>
        <source>This is a pretix-type server (pretix or eventyay-tickets).</source>
        <translation>هذا خادم من نوع pretix (pretix أو eventyay-tickets).</translation>
    </message>
    <message>
        <source>Not a pretix server, or it did not answer: Open Event is assumed.</source>
        <translation>ليس خادم pretix، أو لم يُجب: يُفترض أنه Open Event.</translation>
    </message>
    <message>
        <source>Please fill in the server, e-mail and password.</source>
        <translation>يُرجى ملء الخادم والبريد وكلمة المرور.</translation>
    </message>
    <message>
        <source>Please fill in the server and the pairing token.</source>
        <translation>يُرجى ملء الخادم ورمز الربط.</translation>
    </message>
    <message>
        <source>Please fill in the server, the organizer and the API token.</source>
        <translation>يُرجى ملء الخادم والمنظّم ورمز API.</translation>
    </message>
    <message>
        <source>Not signed in: {server} is not encrypted. Use https:// if it has it.</source>
        <translation>لم يتم تسجيل الدخول: {server} غير مشفّر. استخدم https:// إن توفر.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Unencrypted server</source>
        <translation>خادم غير مشفّر</translation>
    </message>
    <message>
        <source>Orga App — check-in</source>
        <translation>Orga App — تسجيل الحضور</translation>
    </message>
    <message>
        <source>Retry badges</source>
        <translation>إعادة طباعة الشارات</translation>
    </message>
    <message>
        <source>Signed in as {email} on {server}</source>
        <translation>مسجّل الدخول باسم {email} على {server}</translation>
    </message>
    <message>
        <source>Not signed in (local lists only)</source>
        <translation>غير مسجّل الدخول (قوائم محلية فقط)</translation>
    </message>
    <message>
        <source>Asking the server for the events…</source>
        <translation>جارٍ طلب الفعاليات من الخادم…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in. %n event(s) available.</source>
        <translation>
            <numerusform>تم تسجيل الدخول. الفعاليات المتاحة: %n</numerusform>
            <numerusform>تم تسجيل الدخول. الفعاليات المتاحة: %n</numerusform>
            <numerusform>تم تسجيل الدخول. الفعاليات المتاحة: %n</numerusform>
            <numerusform>تم تسجيل الدخول. الفعاليات المتاحة: %n</numerusform>
            <numerusform>تم تسجيل الدخول. الفعاليات المتاحة: %n</numerusform>
            <numerusform>تم تسجيل الدخول. الفعاليات المتاحة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay saved under this account and are uploaded only after signing in with it again. Another account does not see them and would admit the same people again. Sign out anyway?</source>
        <translation>تبقى محفوظة تحت هذا الحساب ولا تُرفع إلا بعد تسجيل الدخول به مجددًا. حساب آخر لا يراها وقد يُدخل الأشخاص أنفسهم مرة أخرى. تسجيل الخروج على أي حال؟</translation>
    </message>
    <message>
        <source>A ticket ({code}) was scanned while a window was open: nobody was checked in. Close the window and scan again.</source>
        <translation>مُسحت تذكرة ({code}) بينما كانت نافذة مفتوحة: لم يُسجَّل حضور أحد. أغلق النافذة وامسح مجددًا.</translation>
    </message>
    <message>
        <source>scans</source>
        <translation>عمليات المسح</translation>
    </message>
    <message>
        <source>Exported {n} {what} to {path}</source>
        <translation>صُدّر {n} {what} إلى {path}</translation>
    </message>
    <message>
        <source>Retry badges ({n})</source>
        <translation>إعادة طباعة الشارات ({n})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>They stay saved on this computer and are uploaded when the app runs again with this account and the server is reachable. Close anyway?</source>
        <translation>تبقى محفوظة على هذا الحاسوب وتُرفع عندما يعمل التطبيق مجددًا بهذا الحساب ويكون الخادم متاحًا. الإغلاق على أي حال؟</translation>
    </message>
    <message>
        <source>CHECK-OUT MODE — a scan lets the person leave</source>
        <translation>وضع المغادرة — المسح يسجّل خروج الشخص</translation>
    </message>
    <message>
        <source>VALIDATE ONLY — nothing is recorded</source>
        <translation>تحقق فقط — لا يُسجَّل شيء</translation>
    </message>
    <message>
        <source>CHECK-IN MODE — a scan admits the person</source>
        <translation>وضع الحضور — المسح يُدخل الشخص</translation>
    </message>
    <message>
        <source>Ready to check out</source>
        <translation>جاهز لتسجيل المغادرة</translation>
    </message>
    <message>
        <source>Ready to validate</source>
        <translation>جاهز للتحقق</translation>
    </message>
    <message>
        <source>Ready to check in</source>
        <translation>جاهز لتسجيل الحضور</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>وقت المسح</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>سبب الخادم</translation>
    </message>
    <message>
        <source>The server refused these check-ins. Retry sends them again (e.g. after the problem was fixed on the server); Discard keeps them here as discarded.</source>
        <translation>رفض الخادم عمليات الحضور هذه. «إعادة المحاولة» ترسلها مجددًا (مثلًا بعد إصلاح المشكلة على الخادم)؛ «تجاهل» يُبقيها هنا كمُتجاهَلة.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message numerus="yes">
        <source>Uploads are paused: {why}
%n check-in(s) made here are not on the server. They stay saved on this computer. Sign in with an account that may check attendees in (Change event → Sign out), or ask the organizer to give this account that right; then Sync now.</source>
        <translation>
            <numerusform>الرفع متوقف: {why}
عمليات حضور من هنا ليست على الخادم: %n. تبقى محفوظة على هذا الحاسوب. سجّل الدخول بحساب يُسمح له بتسجيل الحضور (تغيير الفعالية ← تسجيل الخروج)، أو اطلب من المنظّم منح هذا الحساب ذلك الحق؛ ثم «زامن الآن».</numerusform>
            <numerusform>الرفع متوقف: {why}
عمليات حضور من هنا ليست على الخادم: %n. تبقى محفوظة على هذا الحاسوب. سجّل الدخول بحساب يُسمح له بتسجيل الحضور (تغيير الفعالية ← تسجيل الخروج)، أو اطلب من المنظّم منح هذا الحساب ذلك الحق؛ ثم «زامن الآن».</numerusform>
            <numerusform>الرفع متوقف: {why}
عمليات حضور من هنا ليست على الخادم: %n. تبقى محفوظة على هذا الحاسوب. سجّل الدخول بحساب يُسمح له بتسجيل الحضور (تغيير الفعالية ← تسجيل الخروج)، أو اطلب من المنظّم منح هذا الحساب ذلك الحق؛ ثم «زامن الآن».</numerusform>
            <numerusform>الرفع متوقف: {why}
عمليات حضور من هنا ليست على الخادم: %n. تبقى محفوظة على هذا الحاسوب. سجّل الدخول بحساب يُسمح له بتسجيل الحضور (تغيير الفعالية ← تسجيل الخروج)، أو اطلب من المنظّم منح هذا الحساب ذلك الحق؛ ثم «زامن الآن».</numerusform>
            <numerusform>الرفع متوقف: {why}
عمليات حضور من هنا ليست على الخادم: %n. تبقى محفوظة على هذا الحاسوب. سجّل الدخول بحساب يُسمح له بتسجيل الحضور (تغيير الفعالية ← تسجيل الخروج)، أو اطلب من المنظّم منح هذا الحساب ذلك الحق؛ ثم «زامن الآن».</numerusform>
            <numerusform>الرفع متوقف: {why}
عمليات حضور من هنا ليست على الخادم: %n. تبقى محفوظة على هذا الحاسوب. سجّل الدخول بحساب يُسمح له بتسجيل الحضور (تغيير الفعالية ← تسجيل الخروج)، أو اطلب من المنظّم منح هذا الحساب ذلك الحق؛ ثم «زامن الآن».</numerusform>
        </translation>
    </message>
    <message>
        <source>badge printed</source>
        <translation>طُبعت الشارة</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) need a decision.</source>
        <translation>
            <numerusform>عمليات حضور تحتاج إلى قرار: %n</numerusform>
            <numerusform>عمليات حضور تحتاج إلى قرار: %n</numerusform>
            <numerusform>عمليات حضور تحتاج إلى قرار: %n</numerusform>
            <numerusform>عمليات حضور تحتاج إلى قرار: %n</numerusform>
            <numerusform>عمليات حضور تحتاج إلى قرار: %n</numerusform>
            <numerusform>عمليات حضور تحتاج إلى قرار: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n check-in(s) of {names}? They will not be sent to the server.</source>
        <translation>
            <numerusform>تجاهل عمليات حضور {names} (العدد: %n)؟ لن تُرسل إلى الخادم.</numerusform>
            <numerusform>تجاهل عمليات حضور {names} (العدد: %n)؟ لن تُرسل إلى الخادم.</numerusform>
            <numerusform>تجاهل عمليات حضور {names} (العدد: %n)؟ لن تُرسل إلى الخادم.</numerusform>
            <numerusform>تجاهل عمليات حضور {names} (العدد: %n)؟ لن تُرسل إلى الخادم.</numerusform>
            <numerusform>تجاهل عمليات حضور {names} (العدد: %n)؟ لن تُرسل إلى الخادم.</numerusform>
            <numerusform>تجاهل عمليات حضور {names} (العدد: %n)؟ لن تُرسل إلى الخادم.</numerusform>
        </translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>حضور</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>مغادرة</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(لم يُذكر سبب)</translation>
    </message>
    <message>
        <source>No single check-in was refused: uploads as a whole are paused.</source>
        <translation>لم تُرفض أي عملية حضور بعينها: الرفع متوقف بالكامل.</translation>
    </message>
    <message>
        <source>No problems: every check-in was accepted or is waiting to upload.</source>
        <translation>لا مشكلات: كل عمليات الحضور قُبلت أو بانتظار الرفع.</translation>
    </message>
    <message>
        <source>Validate only</source>
        <translation>تحقق فقط</translation>
    </message>
    <message>
        <source>Keyboard: {key}</source>
        <translation>لوحة المفاتيح: {key}</translation>
    </message>
    <message>
        <source>Type a ticket code, e-mail or order number</source>
        <translation>اكتب رمز التذكرة أو البريد أو رقم الطلب</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>{n} of {total} checked in</source>
        <translation>{n} من {total} حاضرون</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>In the kiosk only</source>
        <translation>في الكشك فقط</translation>
    </message>
    <message>
        <source>On</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>zxing-cpp (fast, default)</source>
        <translation>zxing-cpp (سريع، افتراضي)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Sent to the server with each check-in, e.g. &apos;Door A&apos;.</source>
        <translation>يُرسل إلى الخادم مع كل تسجيل حضور، مثل «البوابة A».</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>اسم الجهاز</translation>
    </message>
    <message>
        <source>Scan mode</source>
        <translation>وضع المسح</translation>
    </message>
    <message>
        <source>Play a sound for each verdict</source>
        <translation>تشغيل صوت مع كل نتيجة</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>QR decoder</source>
        <translation>مفكك رموز QR</translation>
    </message>
    <message>
        <source>Download other doors&apos; check-ins every</source>
        <translation>تنزيل حضور البوابات الأخرى كل</translation>
    </message>
    <message>
        <source>Camera reads the same ticket again after</source>
        <translation>تقرأ الكاميرا التذكرة نفسها مجددًا بعد</translation>
    </message>
    <message>
        <source>Kiosk shows a verdict for</source>
        <translation>يعرض الكشك النتيجة لمدة</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Pseudo (finds cut-off text)</source>
        <translation>لغة زائفة (تكشف النص المقطوع)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Speak verdicts</source>
        <translation>نطق النتائج</translation>
    </message>
    <message>
        <source>The device name must not be empty.</source>
        <translation>يجب ألا يكون اسم الجهاز فارغًا.</translation>
    </message>
    <message>
        <source>The device name must not contain a comma.</source>
        <translation>يجب ألا يحتوي اسم الجهاز على فاصلة.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <source>⚠ Not encrypted: {host}</source>
        <translation>⚠ غير مشفّر: {host}</translation>
    </message>
    <message>
        <source>This session was allowed to use plain http to {host}: the password, the session and attendee data can be read by anyone on the network.</source>
        <translation>سُمح لهذه الجلسة باستخدام http غير مشفّر مع {host}: يمكن لأي شخص على الشبكة قراءة كلمة المرور والجلسة وبيانات المشاركين.</translation>
    </message>
    <message>
        <source>Local only (no sync)</source>
        <translation>محلي فقط (بلا مزامنة)</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Offline — no connection; scans are saved and sent later</source>
        <translation>غير متصل — لا اتصال؛ المسح محفوظ ويُرسل لاحقًا</translation>
    </message>
    <message>
        <source>Server error — scans are saved and sent later</source>
        <translation>خطأ في الخادم — المسح محفوظ ويُرسل لاحقًا</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>{n} waiting to upload</source>
        <translation>بانتظار الرفع: {n}</translation>
    </message>
    <message>
        <source>⚠ Uploads paused — review</source>
        <translation>⚠ الرفع متوقف — راجِع</translation>
    </message>
    <message>
        <source>⚠ {n} failed — review</source>
        <translation>⚠ فشل: {n} — راجِع</translation>
    </message>
    <message>
        <source>Uploads paused — nothing is sent to the server</source>
        <translation>الرفع متوقف — لا يُرسل شيء إلى الخادم</translation>
    </message>
    <message>
        <source>Uploads paused: {why}</source>
        <translation>الرفع متوقف: {why}</translation>
    </message>
    <message>
        <source>Last sync {when}</source>
        <translation>آخر مزامنة {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>لم تتم المزامنة قط</translation>
    </message>
    <message>
        <source>{stage} %v / %m</source>
        <translation>{stage} %v / %m</translation>
    </message>
    <message>
        <source>Sync problem: {why}</source>
        <translation>مشكلة في المزامنة: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee record(s) from the server could not be read and were skipped.</source>
        <translation>
            <numerusform>سجلات مشاركين من الخادم تعذّرت قراءتها فتُخطّيت: %n</numerusform>
            <numerusform>سجلات مشاركين من الخادم تعذّرت قراءتها فتُخطّيت: %n</numerusform>
            <numerusform>سجلات مشاركين من الخادم تعذّرت قراءتها فتُخطّيت: %n</numerusform>
            <numerusform>سجلات مشاركين من الخادم تعذّرت قراءتها فتُخطّيت: %n</numerusform>
            <numerusform>سجلات مشاركين من الخادم تعذّرت قراءتها فتُخطّيت: %n</numerusform>
            <numerusform>سجلات مشاركين من الخادم تعذّرت قراءتها فتُخطّيت: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>saved on this computer (no server)</source>
        <translation>محفوظ على هذا الحاسوب (بلا خادم)</translation>
    </message>
    <message>
        <source>● waiting to upload</source>
        <translation>● بانتظار الرفع</translation>
    </message>
    <message>
        <source>✓ on the server</source>
        <translation>✓ على الخادم</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>جاهز للمسح</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s QR code up to the camera</source>
        <translation>ضع رمز QR للتذكرة أمام الكاميرا</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>CHECKED IN</source>
        <translation>تم الدخول</translation>
    </message>
    <message>
        <source>ALREADY CHECKED IN</source>
        <translation>دخل من قبل</translation>
    </message>
    <message>
        <source>CHECKED OUT</source>
        <translation>تم الخروج</translation>
    </message>
    <message>
        <source>NOT CHECKED IN</source>
        <translation>لم يدخل</translation>
    </message>
    <message>
        <source>VALID TICKET</source>
        <translation>تذكرة صالحة</translation>
    </message>
    <message>
        <source>UNKNOWN TICKET</source>
        <translation>تذكرة مجهولة</translation>
    </message>
    <message>
        <source>OTHER EVENT</source>
        <translation>فعالية أخرى</translation>
    </message>
    <message>
        <source>ORDER NOT VALID</source>
        <translation>طلب غير صالح</translation>
    </message>
    <message>
        <source>SEVERAL ATTENDEES</source>
        <translation>عدة أشخاص</translation>
    </message>
    <message>
        <source>UNREADABLE CODE</source>
        <translation>رمز غير مقروء</translation>
    </message>
    <message>
        <source>NOT VALID AT THIS DOOR</source>
        <translation>غير صالحة هنا</translation>
    </message>
    <message>
        <source>already checked in</source>
        <translation>دخل من قبل</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>خرج</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>لم يدخل</translation>
    </message>
    <message>
        <source>valid ticket</source>
        <translation>تذكرة صالحة</translation>
    </message>
    <message>
        <source>unknown ticket</source>
        <translation>تذكرة مجهولة</translation>
    </message>
    <message>
        <source>other event</source>
        <translation>فعالية أخرى</translation>
    </message>
    <message>
        <source>order not valid</source>
        <translation>طلب غير صالح</translation>
    </message>
    <message>
        <source>several attendees</source>
        <translation>عدة أشخاص</translation>
    </message>
    <message>
        <source>unreadable code</source>
        <translation>رمز غير مقروء</translation>
    </message>
    <message>
        <source>not valid at this door</source>
        <translation>غير صالحة عند هذه البوابة</translation>
    </message>
    <message>
        <source>Checked in at {when} on {device}</source>
        <translation>سُجّل حضوره في {when} على {device}</translation>
    </message>
    <message>
        <source>Checked in at {when}</source>
        <translation>سُجّل حضوره في {when}</translation>
    </message>
    <message>
        <source>{words} The order is not paid yet.</source>
        <translation>{words} الطلب لم يُدفع بعد.</translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation>أهلًا، {name}!</translation>
    </message>
    <message>
        <source>Leaving: scan again to check back in</source>
        <translation>مغادرة: امسح مجددًا للعودة</translation>
    </message>
    <message>
        <source>{when}. Validate only: nothing was recorded.</source>
        <translation>{when}. تحقق فقط: لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Not checked in yet. Validate only: nothing was recorded.</source>
        <translation>لم يُسجَّل حضوره بعد. تحقق فقط: لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>You are already in. If something is wrong, please see the desk.</source>
        <translation>أنت في الداخل بالفعل. إن كان هناك خطأ فيُرجى التوجه إلى المكتب.</translation>
    </message>
    <message>
        <source>Nothing to check out</source>
        <translation>لا شيء لتسجيل مغادرته</translation>
    </message>
    <message>
        <source>No such ticket for this event</source>
        <translation>لا توجد هذه التذكرة لهذه الفعالية</translation>
    </message>
    <message>
        <source>Try again or type the code</source>
        <translation>حاول مجددًا أو اكتب الرمز</translation>
    </message>
    <message>
        <source>Not a ticket code: a number or e-mail counts only when typed at the desk</source>
        <translation>ليس رمز تذكرة: الرقم أو البريد يُقبل فقط عند كتابته في المكتب</translation>
    </message>
    <message>
        <source>This ticket is for another event: {event}</source>
        <translation>هذه التذكرة لفعالية أخرى: {event}</translation>
    </message>
    <message>
        <source>This ticket is for another event</source>
        <translation>هذه التذكرة لفعالية أخرى</translation>
    </message>
    <message>
        <source>This code is for several people. Please scan your own ticket.</source>
        <translation>هذا الرمز لعدة أشخاص. يُرجى مسح تذكرتك أنت.</translation>
    </message>
    <message numerus="yes">
        <source>Order with %n attendee(s): {names}. Scan each person&apos;s own ticket.</source>
        <translation>
            <numerusform>طلب لعدة مشاركين (%n): {names}. يمسح كل شخص تذكرته.</numerusform>
            <numerusform>طلب لعدة مشاركين (%n): {names}. يمسح كل شخص تذكرته.</numerusform>
            <numerusform>طلب لعدة مشاركين (%n): {names}. يمسح كل شخص تذكرته.</numerusform>
            <numerusform>طلب لعدة مشاركين (%n): {names}. يمسح كل شخص تذكرته.</numerusform>
            <numerusform>طلب لعدة مشاركين (%n): {names}. يمسح كل شخص تذكرته.</numerusform>
            <numerusform>طلب لعدة مشاركين (%n): {names}. يمسح كل شخص تذكرته.</numerusform>
        </translation>
    </message>
    <message>
        <source>This ticket was cancelled or removed from the event</source>
        <translation>أُلغيت هذه التذكرة أو أُزيلت من الفعالية</translation>
    </message>
    <message>
        <source>The order is not paid yet: please see the staff at the desk</source>
        <translation>الطلب لم يُدفع بعد: يُرجى التوجه إلى فريق المكتب</translation>
    </message>
    <message>
        <source>Not paid: admit anyway? Enter = admit, Esc = refuse</source>
        <translation>غير مدفوع: السماح بالدخول رغم ذلك؟ Enter = سماح، Esc = رفض</translation>
    </message>
    <message>
        <source>The order is not paid yet: this ticket is not valid</source>
        <translation>الطلب لم يُدفع بعد: هذه التذكرة غير صالحة</translation>
    </message>
    <message>
        <source>The order was cancelled: this ticket is not valid</source>
        <translation>أُلغي الطلب: هذه التذكرة غير صالحة</translation>
    </message>
    <message>
        <source>The order expired without payment: this ticket is not valid</source>
        <translation>انتهت صلاحية الطلب دون دفع: هذه التذكرة غير صالحة</translation>
    </message>
    <message>
        <source>The order was deleted on the server: this ticket is not valid</source>
        <translation>حُذف الطلب على الخادم: هذه التذكرة غير صالحة</translation>
    </message>
    <message>
        <source>An old code of a ticket that was issued again: ask for the new ticket</source>
        <translation>رمز قديم لتذكرة أُعيد إصدارها: اطلب التذكرة الجديدة</translation>
    </message>
    <message>
        <source>This code is blocked</source>
        <translation>هذا الرمز محظور</translation>
    </message>
    <message>
        <source>This ticket type is not valid on the list {list}</source>
        <translation>نوع التذكرة هذا غير صالح في القائمة {list}</translation>
    </message>
    <message>
        <source>This ticket type is not valid on this door&apos;s list</source>
        <translation>نوع التذكرة هذا غير صالح في قائمة هذه البوابة</translation>
    </message>
    <message>
        <source>The entry rules of this list do not admit this ticket now: {why}</source>
        <translation>قواعد الدخول في هذه القائمة لا تقبل هذه التذكرة الآن: {why}</translation>
    </message>
    <message>
        <source>The entry rules of this list do not admit this ticket now</source>
        <translation>قواعد الدخول في هذه القائمة لا تقبل هذه التذكرة الآن</translation>
    </message>
    <message>
        <source>This list has entry rules only the server can check, and the server cannot be reached now: scan again when it can</source>
        <translation>لهذه القائمة قواعد لا يتحقق منها إلا الخادم، والخادم غير متاح الآن: امسح مجددًا عندما يتاح</translation>
    </message>
    <message>
        <source>Choose this door&apos;s check-in list first</source>
        <translation>اختر قائمة حضور هذه البوابة أولًا</translation>
    </message>
    <message>
        <source>This ticket is not valid at this time</source>
        <translation>هذه التذكرة غير صالحة في هذا الوقت</translation>
    </message>
    <message>
        <source>Some questions for this ticket must be answered at the desk first</source>
        <translation>يجب الإجابة عن بعض أسئلة هذه التذكرة في المكتب أولًا</translation>
    </message>
    <message>
        <source>The server refused this ticket: {why}</source>
        <translation>رفض الخادم هذه التذكرة: {why}</translation>
    </message>
    <message>
        <source>The server failed while checking this ticket: nothing was recorded</source>
        <translation>فشل الخادم أثناء التحقق من هذه التذكرة: لم يُسجَّل شيء</translation>
    </message>
    <message>
        <source>Self check-in is closed at this door — please see the desk</source>
        <translation>التسجيل الذاتي مغلق عند هذه البوابة — يُرجى التوجه إلى المكتب</translation>
    </message>
    <message>
        <source>This door&apos;s check-in list was deleted on the server: choose another list</source>
        <translation>حُذفت قائمة حضور هذه البوابة على الخادم: اختر قائمة أخرى</translation>
    </message>
    <message>
        <source>Send the guest to the entrance of {event}, or search them by name.</source>
        <translation>وجّه الضيف إلى مدخل {event}، أو ابحث عنه بالاسم.</translation>
    </message>
    <message>
        <source>Send the guest to that event&apos;s entrance, or search them by name.</source>
        <translation>وجّه الضيف إلى مدخل تلك الفعالية، أو ابحث عنه بالاسم.</translation>
    </message>
    <message>
        <source>The ticket was issued again with a new code: ask for the newest ticket (e-mail), or search the guest by name.</source>
        <translation>أُعيد إصدار التذكرة برمز جديد: اطلب أحدث تذكرة (البريد)، أو ابحث عن الضيف بالاسم.</translation>
    </message>
    <message>
        <source>Ask the guest for another ticket, or search them by name: they may hold a new one.</source>
        <translation>اطلب من الضيف تذكرة أخرى، أو ابحث عنه بالاسم: قد تكون لديه تذكرة جديدة.</translation>
    </message>
    <message>
        <source>Looks like a ticket of this event that is not in the list yet (sold after the last download): look it up on the server, or search the guest by name.</source>
        <translation>تبدو تذكرة لهذه الفعالية لم تدخل القائمة بعد (بيعت بعد آخر تنزيل): ابحث عنها على الخادم، أو ابحث عن الضيف بالاسم.</translation>
    </message>
    <message>
        <source>This is a badge or a contact card, not a ticket: scan the ticket instead.</source>
        <translation>هذه شارة أو بطاقة تعريف، وليست تذكرة: امسح التذكرة بدلًا منها.</translation>
    </message>
    <message>
        <source>This code is from a different ticketing system or a web link: ask for the ticket of this event, or search the guest by name.</source>
        <translation>هذا الرمز من نظام تذاكر آخر أو رابط ويب: اطلب تذكرة هذه الفعالية، أو ابحث عن الضيف بالاسم.</translation>
    </message>
    <message>
        <source>This code is not on the imported list: search the guest by name.</source>
        <translation>هذا الرمز ليس في القائمة المستوردة: ابحث عن الضيف بالاسم.</translation>
    </message>
    <message>
        <source>Search the guest by name, or ask for the ticket&apos;s e-mail.</source>
        <translation>ابحث عن الضيف بالاسم، أو اسأل عن بريد التذكرة.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Change event</source>
        <translation>تغيير الفعالية</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Save the attendee list or the scan log as CSV</source>
        <translation>احفظ قائمة المشاركين أو سجل المسح بصيغة CSV</translation>
    </message>
    <message>
        <source>Scanner set-up</source>
        <translation>إعداد الماسح</translation>
    </message>
    <message>
        <source>Test a USB barcode scanner once; the app corrects for it</source>
        <translation>اختبر ماسح رموز USB مرة واحدة؛ يصحّحه التطبيق</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>الجاهزية</translation>
    </message>
    <message>
        <source>Is this computer ready for the doors? Every check, with the fix</source>
        <translation>هل هذا الحاسوب جاهز للبوابة؟ كل فحص مع حلّه</translation>
    </message>
    <message>
        <source>Badges…</source>
        <translation>الشارات…</translation>
    </message>
    <message>
        <source>Badge printer, size, and when a check-in prints a badge</source>
        <translation>طابعة الشارات والمقاس ومتى يطبع تسجيل الحضور شارة</translation>
    </message>
    <message>
        <source>What the app did recently (for support)</source>
        <translation>ما فعله التطبيق مؤخرًا (للدعم)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>الماسح</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>The scanner works.</source>
        <translation>الماسح يعمل.</translation>
    </message>
    <message>
        <source>These are corrected for every scan from now on.</source>
        <translation>ستُصحَّح هذه في كل مسح من الآن.</translation>
    </message>
    <message>
        <source>It ends each code with Enter.</source>
        <translation>ينهي كل رمز بـ Enter.</translation>
    </message>
    <message>
        <source>It ends each code with Tab.</source>
        <translation>ينهي كل رمز بـ Tab.</translation>
    </message>
    <message>
        <source>It sends no Enter after a code: codes still work (the app waits for a short pause), but setting the scanner to send Enter answers a little faster.</source>
        <translation>لا يرسل Enter بعد الرمز: تعمل الرموز رغم ذلك (ينتظر التطبيق توقفًا قصيرًا)، لكن ضبط الماسح لإرسال Enter يجعل الرد أسرع قليلًا.</translation>
    </message>
    <message>
        <source>It puts “{text}” in front of each code.</source>
        <translation>يضع “{text}” قبل كل رمز.</translation>
    </message>
    <message>
        <source>It adds “{text}” after each code.</source>
        <translation>يضيف “{text}” بعد كل رمز.</translation>
    </message>
    <message>
        <source>It sends each code twice.</source>
        <translation>يرسل كل رمز مرتين.</translation>
    </message>
    <message>
        <source>It types with a US keyboard layout while this computer uses a German one (y and z swapped, symbols moved).</source>
        <translation>يكتب بتخطيط لوحة مفاتيح أمريكي بينما يستخدم هذا الحاسوب تخطيطًا ألمانيًا (y وz متبادلتان، والرموز منقولة).</translation>
    </message>
    <message>
        <source>Its keyboard layout differs from this computer&apos;s: {pairs}.</source>
        <translation>تخطيط لوحة مفاتيحه يختلف عن هذا الحاسوب: {pairs}.</translation>
    </message>
    <message>
        <source>Nothing arrived from the scanner.</source>
        <translation>لم يصل شيء من الماسح.</translation>
    </message>
    <message>
        <source>Several different codes arrived. Scan only the test code, once.</source>
        <translation>وصلت عدة رموز مختلفة. امسح رمز الاختبار فقط، مرة واحدة.</translation>
    </message>
    <message>
        <source>What arrived is not the test code, and the app cannot tell how to correct it. Scan the test code (not a ticket), or reset the scanner to its factory settings.</source>
        <translation>ما وصل ليس رمز الاختبار، ولا يعرف التطبيق كيف يصحّحه. امسح رمز الاختبار (لا تذكرة)، أو أعد الماسح إلى إعدادات المصنع.</translation>
    </message>
    <message>
        <source>USB scanner set-up</source>
        <translation>إعداد ماسح USB</translation>
    </message>
    <message>
        <source>Scan this test code once with the USB scanner (from the screen, or from the printed test ticket). The app finds out what the scanner does to codes and corrects it from now on.</source>
        <translation>امسح رمز الاختبار هذا مرة واحدة بماسح USB (من الشاشة أو من تذكرة الاختبار المطبوعة). يكتشف التطبيق ما يفعله الماسح بالرموز ويصحّحه من الآن.</translation>
    </message>
    <message>
        <source>Waiting for a scan…</source>
        <translation>بانتظار المسح…</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>امسح مجددًا</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>انظر</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>أصلِح</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>لم يُختبر</translation>
    </message>
    <message>
        <source>paired device</source>
        <translation>جهاز مقترن</translation>
    </message>
    <message>
        <source>team token</source>
        <translation>رمز الفريق</translation>
    </message>
    <message>
        <source>Ready for the doors?</source>
        <translation>جاهز للبوابة؟</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>افحص مجددًا</translation>
    </message>
    <message>
        <source>Checking… (the server has a few seconds to answer)</source>
        <translation>جارٍ الفحص… (لدى الخادم بضع ثوانٍ للرد)</translation>
    </message>
    <message>
        <source>The check failed: {why}</source>
        <translation>فشل الفحص: {why}</translation>
    </message>
    <message>
        <source>Ready for the doors.</source>
        <translation>جاهز للبوابة.</translation>
    </message>
    <message numerus="yes">
        <source>Ready for the doors; look at the %n line(s) marked Look.</source>
        <translation>
            <numerusform>جاهز للبوابة؛ انظر في الأسطر المعلّمة «انظر» (العدد: %n).</numerusform>
            <numerusform>جاهز للبوابة؛ انظر في الأسطر المعلّمة «انظر» (العدد: %n).</numerusform>
            <numerusform>جاهز للبوابة؛ انظر في الأسطر المعلّمة «انظر» (العدد: %n).</numerusform>
            <numerusform>جاهز للبوابة؛ انظر في الأسطر المعلّمة «انظر» (العدد: %n).</numerusform>
            <numerusform>جاهز للبوابة؛ انظر في الأسطر المعلّمة «انظر» (العدد: %n).</numerusform>
            <numerusform>جاهز للبوابة؛ انظر في الأسطر المعلّمة «انظر» (العدد: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready: fix the %n line(s) marked Fix first.</source>
        <translation>
            <numerusform>غير جاهز: أصلِح أولًا الأسطر المعلّمة «أصلِح» (العدد: %n).</numerusform>
            <numerusform>غير جاهز: أصلِح أولًا الأسطر المعلّمة «أصلِح» (العدد: %n).</numerusform>
            <numerusform>غير جاهز: أصلِح أولًا الأسطر المعلّمة «أصلِح» (العدد: %n).</numerusform>
            <numerusform>غير جاهز: أصلِح أولًا الأسطر المعلّمة «أصلِح» (العدد: %n).</numerusform>
            <numerusform>غير جاهز: أصلِح أولًا الأسطر المعلّمة «أصلِح» (العدد: %n).</numerusform>
            <numerusform>غير جاهز: أصلِح أولًا الأسطر المعلّمة «أصلِح» (العدد: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>أصلِح: {fix}</translation>
    </message>
    <message>
        <source>⚠ {n} check-ins have waited up to {minutes} min to upload although the server answers. Look at the status bar (paused uploads, sign-in) and at Problems.</source>
        <translation>⚠ تنتظر {n} عملية حضور الرفع منذ {minutes} دقيقة رغم أن الخادم يرد. انظر شريط الحالة (الرفع المتوقف، تسجيل الدخول) والمشكلات.</translation>
    </message>
    <message>
        <source>Check-ins per minute per door, today</source>
        <translation>عمليات الحضور في الدقيقة لكل بوابة، اليوم</translation>
    </message>
    <message>
        <source>Verdict time p95: –</source>
        <translation>زمن النتيجة p95: –</translation>
    </message>
    <message>
        <source>Verdict time p95: {ms} ms ({n} scans)</source>
        <translation>زمن النتيجة p95: {ms} مللي ثانية ({n} مسح)</translation>
    </message>
    <message>
        <source>Offline today: {minutes} min</source>
        <translation>دون اتصال اليوم: {minutes} دقيقة</translation>
    </message>
    <message>
        <source>Waiting to upload: {n} (oldest {minutes} min)</source>
        <translation>بانتظار الرفع: {n} (الأقدم {minutes} دقيقة)</translation>
    </message>
    <message>
        <source>Waiting to upload: 0</source>
        <translation>بانتظار الرفع: 0</translation>
    </message>
    <message>
        <source>Busiest 15 min: {rate} check-ins/min; here {scans} scans/min</source>
        <translation>أزحم 15 دقيقة: {rate} حضور/دقيقة؛ هنا {scans} مسح/دقيقة</translation>
    </message>
    <message>
        <source>(unknown door)</source>
        <translation>(بوابة غير معروفة)</translation>
    </message>
    <message>
        <source>Check-ins per minute per door, today (none yet)</source>
        <translation>عمليات الحضور في الدقيقة لكل بوابة، اليوم (لا شيء بعد)</translation>
    </message>
    <message>
        <source>check-ins/min</source>
        <translation>حضور/دقيقة</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>بالانتظار</translation>
    </message>
    <message>
        <source>The server does not know this ticket either: it is not a ticket of this event. Search the guest by name.</source>
        <translation>الخادم أيضًا لا يعرف هذه التذكرة: ليست تذكرة لهذه الفعالية. ابحث عن الضيف بالاسم.</translation>
    </message>
    <message>
        <source>This code cannot be looked up: search the guest by name.</source>
        <translation>لا يمكن البحث عن هذا الرمز: ابحث عن الضيف بالاسم.</translation>
    </message>
    <message>
        <source>Found on the server.</source>
        <translation>وُجدت على الخادم.</translation>
    </message>
    <message>
        <source>Look up online</source>
        <translation>ابحث عبر الإنترنت</translation>
    </message>
    <message>
        <source>Ask the server now whether it knows this ticket</source>
        <translation>اسأل الخادم الآن هل يعرف هذه التذكرة</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>ابحث بالاسم</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>جارٍ سؤال الخادم…</translation>
    </message>
    <message>
        <source>Checked out: {name}.</source>
        <translation>تم تسجيل المغادرة: {name}.</translation>
    </message>
    <message>
        <source>Checked out.</source>
        <translation>تم تسجيل المغادرة.</translation>
    </message>
    <message>
        <source>Valid ticket (checked in at {when}).</source>
        <translation>تذكرة صالحة (سُجّل الحضور في {when}).</translation>
    </message>
    <message>
        <source>Valid ticket (not checked in).</source>
        <translation>تذكرة صالحة (لم يُسجَّل الحضور).</translation>
    </message>
    <message>
        <source>Already checked in at {when} on {device}.</source>
        <translation>سُجّل حضوره مسبقًا في {when} على {device}.</translation>
    </message>
    <message>
        <source>Already checked in at {when}.</source>
        <translation>سُجّل حضوره مسبقًا في {when}.</translation>
    </message>
    <message>
        <source>Not checked in: nothing to check out.</source>
        <translation>لم يُسجَّل حضوره: لا شيء لتسجيل مغادرته.</translation>
    </message>
    <message>
        <source>No such ticket for this event.</source>
        <translation>لا توجد هذه التذكرة لهذه الفعالية.</translation>
    </message>
    <message>
        <source>Unreadable code: not a ticket.</source>
        <translation>رمز غير مقروء: ليس تذكرة.</translation>
    </message>
    <message>
        <source>Not a ticket code: an attendee number or e-mail address is accepted only when typed at the desk.</source>
        <translation>ليس رمز تذكرة: رقم المشارك أو البريد يُقبل فقط عند كتابته في المكتب.</translation>
    </message>
    <message>
        <source>This ticket belongs to another event ({event}).</source>
        <translation>هذه التذكرة تخص فعالية أخرى ({event}).</translation>
    </message>
    <message>
        <source>This ticket belongs to another event.</source>
        <translation>هذه التذكرة تخص فعالية أخرى.</translation>
    </message>
    <message>
        <source>This code matches {n} attendees: {names}. Scan each attendee&apos;s own ticket.</source>
        <translation>يطابق هذا الرمز {n} مشاركين: {names}. يمسح كل مشارك تذكرته.</translation>
    </message>
    <message>
        <source>This ticket was cancelled or removed from the event.</source>
        <translation>أُلغيت هذه التذكرة أو أُزيلت من الفعالية.</translation>
    </message>
    <message>
        <source>Order not paid: this list admits it only when a person confirms (checkin --admit-unpaid).</source>
        <translation>الطلب غير مدفوع: لا تقبله هذه القائمة إلا بتأكيد شخص (checkin --admit-unpaid).</translation>
    </message>
    <message>
        <source>Order not paid: this ticket is not valid.</source>
        <translation>الطلب غير مدفوع: هذه التذكرة غير صالحة.</translation>
    </message>
    <message>
        <source>Order cancelled: this ticket is not valid.</source>
        <translation>الطلب ملغى: هذه التذكرة غير صالحة.</translation>
    </message>
    <message>
        <source>Order expired (never paid): this ticket is not valid.</source>
        <translation>انتهت صلاحية الطلب (لم يُدفع قط): هذه التذكرة غير صالحة.</translation>
    </message>
    <message>
        <source>Order deleted on the server: this ticket is not valid.</source>
        <translation>حُذف الطلب على الخادم: هذه التذكرة غير صالحة.</translation>
    </message>
    <message>
        <source>This code was replaced by a new ticket: it is no longer valid.</source>
        <translation>استُبدل هذا الرمز بتذكرة جديدة: لم يعد صالحًا.</translation>
    </message>
    <message>
        <source>This code is blocked on the server.</source>
        <translation>هذا الرمز محظور على الخادم.</translation>
    </message>
    <message>
        <source>This ticket&apos;s product is not valid on the check-in list ({list}).</source>
        <translation>منتج هذه التذكرة غير صالح في قائمة الحضور ({list}).</translation>
    </message>
    <message>
        <source>This ticket&apos;s product is not valid on the check-in list.</source>
        <translation>منتج هذه التذكرة غير صالح في قائمة الحضور.</translation>
    </message>
    <message>
        <source>The rules of this check-in list do not admit this ticket now ({why}).</source>
        <translation>قواعد قائمة الحضور هذه لا تقبل هذه التذكرة الآن ({why}).</translation>
    </message>
    <message>
        <source>The rules of this check-in list do not admit this ticket now.</source>
        <translation>قواعد قائمة الحضور هذه لا تقبل هذه التذكرة الآن.</translation>
    </message>
    <message>
        <source>The list has entry rules that only the server can check, and the server cannot be reached now; scan again when it can.</source>
        <translation>للقائمة قواعد دخول لا يتحقق منها إلا الخادم، والخادم غير متاح الآن؛ امسح مجددًا عندما يتاح.</translation>
    </message>
    <message>
        <source>This door&apos;s check-in list was deleted on the server: choose another list.</source>
        <translation>حُذفت قائمة حضور هذه البوابة على الخادم: اختر قائمة أخرى.</translation>
    </message>
    <message>
        <source>Send the guest to that event&apos;s entrance, or search by name: {search}.</source>
        <translation>وجّه الضيف إلى مدخل تلك الفعالية، أو ابحث بالاسم: {search}.</translation>
    </message>
    <message>
        <source>The ticket was issued again: ask for the newest ticket, or {search}.</source>
        <translation>أُعيد إصدار التذكرة: اطلب أحدث تذكرة، أو {search}.</translation>
    </message>
    <message>
        <source>Ask for another ticket, or search by name: {search}.</source>
        <translation>اطلب تذكرة أخرى، أو ابحث بالاسم: {search}.</translation>
    </message>
    <message>
        <source>Looks like a ticket of this event sold after the last download: run {sync} and scan again, or {search}.</source>
        <translation>يبدو أنها تذكرة لهذه الفعالية بيعت بعد آخر تنزيل: شغّل {sync} وامسح مجددًا، أو {search}.</translation>
    </message>
    <message>
        <source>A badge or contact card, not a ticket: scan the ticket instead.</source>
        <translation>هذه شارة أو بطاقة اتصال وليست تذكرة: امسح التذكرة بدلًا منها.</translation>
    </message>
    <message>
        <source>A code from a different ticketing system or a web link; or {search}.</source>
        <translation>رمز من نظام تذاكر آخر أو رابط ويب؛ أو {search}.</translation>
    </message>
    <message>
        <source>Not on the imported list; search by name: {search}.</source>
        <translation>ليس في القائمة المستوردة؛ ابحث بالاسم: {search}.</translation>
    </message>
    <message>
        <source>Search by name: {search}.</source>
        <translation>ابحث بالاسم: {search}.</translation>
    </message>
    <message>
        <source> (oldest {minutes} min)</source>
        <translation> (الأقدم {minutes} دقيقة)</translation>
    </message>
    <message numerus="yes">
        <source>Today: verdict time p95 {p95} over %n scan(s); offline {minutes} min; waiting to upload {waiting}{oldest}</source>
        <translation>
            <numerusform>اليوم: زمن الحكم p95 {p95} لعمليات المسح: %n؛ دون اتصال {minutes} دقيقة؛ بانتظار الرفع {waiting}{oldest}</numerusform>
            <numerusform>اليوم: زمن الحكم p95 {p95} لعمليات المسح: %n؛ دون اتصال {minutes} دقيقة؛ بانتظار الرفع {waiting}{oldest}</numerusform>
            <numerusform>اليوم: زمن الحكم p95 {p95} لعمليات المسح: %n؛ دون اتصال {minutes} دقيقة؛ بانتظار الرفع {waiting}{oldest}</numerusform>
            <numerusform>اليوم: زمن الحكم p95 {p95} لعمليات المسح: %n؛ دون اتصال {minutes} دقيقة؛ بانتظار الرفع {waiting}{oldest}</numerusform>
            <numerusform>اليوم: زمن الحكم p95 {p95} لعمليات المسح: %n؛ دون اتصال {minutes} دقيقة؛ بانتظار الرفع {waiting}{oldest}</numerusform>
            <numerusform>اليوم: زمن الحكم p95 {p95} لعمليات المسح: %n؛ دون اتصال {minutes} دقيقة؛ بانتظار الرفع {waiting}{oldest}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{door}: %n check-in(s) today, busiest 15 min {rate}/min</source>
        <translation>
            <numerusform>{door}: تسجيلات الحضور اليوم: %n، أكثر 15 دقيقة ازدحامًا {rate}/دقيقة</numerusform>
            <numerusform>{door}: تسجيلات الحضور اليوم: %n، أكثر 15 دقيقة ازدحامًا {rate}/دقيقة</numerusform>
            <numerusform>{door}: تسجيلات الحضور اليوم: %n، أكثر 15 دقيقة ازدحامًا {rate}/دقيقة</numerusform>
            <numerusform>{door}: تسجيلات الحضور اليوم: %n، أكثر 15 دقيقة ازدحامًا {rate}/دقيقة</numerusform>
            <numerusform>{door}: تسجيلات الحضور اليوم: %n، أكثر 15 دقيقة ازدحامًا {rate}/دقيقة</numerusform>
            <numerusform>{door}: تسجيلات الحضور اليوم: %n، أكثر 15 دقيقة ازدحامًا {rate}/دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>scans here on {door}: %n today (every verdict), busiest 15 min {rate}/min</source>
        <translation>
            <numerusform>عمليات المسح هنا على {door}: اليوم %n (كل الأحكام)، أكثر 15 دقيقة ازدحامًا {rate}/دقيقة</numerusform>
            <numerusform>عمليات المسح هنا على {door}: اليوم %n (كل الأحكام)، أكثر 15 دقيقة ازدحامًا {rate}/دقيقة</numerusform>
            <numerusform>عمليات المسح هنا على {door}: اليوم %n (كل الأحكام)، أكثر 15 دقيقة ازدحامًا {rate}/دقيقة</numerusform>
            <numerusform>عمليات المسح هنا على {door}: اليوم %n (كل الأحكام)، أكثر 15 دقيقة ازدحامًا {rate}/دقيقة</numerusform>
            <numerusform>عمليات المسح هنا على {door}: اليوم %n (كل الأحكام)، أكثر 15 دقيقة ازدحامًا {rate}/دقيقة</numerusform>
            <numerusform>عمليات المسح هنا على {door}: اليوم %n (كل الأحكام)، أكثر 15 دقيقة ازدحامًا {rate}/دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>ALERT: check-ins have waited over 5 minutes to upload although the server answers: check `orga-app problems` and whether uploads are paused.</source>
        <translation>تنبيه: تسجيلات حضور تنتظر الرفع منذ أكثر من 5 دقائق رغم أن الخادم يجيب: راجع `orga-app problems` وتحقق مما إذا كان الرفع متوقفًا مؤقتًا.</translation>
    </message>
    <message>
        <source>No badge printer chosen (--printer NAME, or the badge_printer setting).</source>
        <translation>لم تُختر طابعة للشارات (--printer NAME، أو الإعداد badge_printer).</translation>
    </message>
    <message>
        <source>There is no printer {printer} on this computer.</source>
        <translation>لا توجد طابعة {printer} على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Printer {printer} is paused or in error (paper, cover, offline).</source>
        <translation>الطابعة {printer} متوقفة مؤقتًا أو بها خطأ (الورق، الغطاء، غير متصلة).</translation>
    </message>
    <message>
        <source>Printer {printer} did not take the job.</source>
        <translation>لم تقبل الطابعة {printer} المهمة.</translation>
    </message>
    <message>
        <source>Choose this door&apos;s check-in list first (sign-in, event).</source>
        <translation>اختر قائمة حضور هذه البوابة أولًا (تسجيل الدخول، الفعالية).</translation>
    </message>
    <message>
        <source>This ticket is not valid at this time.</source>
        <translation>هذه التذكرة غير صالحة في هذا الوقت.</translation>
    </message>
    <message>
        <source>Questions for this ticket must be answered first.</source>
        <translation>يجب الإجابة عن أسئلة هذه التذكرة أولًا.</translation>
    </message>
    <message>
        <source>The server refused this ticket ({why}); nothing was recorded.</source>
        <translation>رفض الخادم هذه التذكرة ({why})؛ لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>The server failed while checking this ticket; nothing was recorded.</source>
        <translation>فشل الخادم أثناء التحقق من هذه التذكرة؛ لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>no badge printer is chosen (Badges…)</source>
        <translation>لم تُختر طابعة شارات (الشارات…)</translation>
    </message>
    <message>
        <source>printer “{printer}” is not connected</source>
        <translation>الطابعة “{printer}” غير متصلة</translation>
    </message>
    <message>
        <source>printer “{printer}” is paused or has a problem (paper, cover, offline)</source>
        <translation>الطابعة “{printer}” متوقفة أو بها مشكلة (الورق، الغطاء، غير متصلة)</translation>
    </message>
    <message>
        <source>printer “{printer}” did not take the job</source>
        <translation>الطابعة “{printer}” لم تقبل المهمة</translation>
    </message>
    <message>
        <source>Badge printed: {name}</source>
        <translation>طُبعت الشارة: {name}</translation>
    </message>
    <message>
        <source>Badge of {name} not printed: {why}. It waits for Retry badges.</source>
        <translation>لم تُطبع شارة {name}: {why}. تنتظر «إعادة طباعة الشارات».</translation>
    </message>
    <message>
        <source>Offline verdicts: the server did not answer in time; asking again soon</source>
        <translation>نتائج دون اتصال: لم يرد الخادم في الوقت؛ ستُعاد المحاولة قريبًا</translation>
    </message>
    <message>
        <source>Offline verdicts: the server refused this door&apos;s sign-in; sign in again</source>
        <translation>نتائج دون اتصال: رفض الخادم تسجيل دخول هذه البوابة؛ سجّل الدخول مجددًا</translation>
    </message>
    <message>
        <source>Admit anyway (Enter)</source>
        <translation>السماح رغم ذلك (Enter)</translation>
    </message>
    <message>
        <source>Refuse (Esc)</source>
        <translation>رفض (Esc)</translation>
    </message>
    <message>
        <source>[pending upload]</source>
        <translation>[بانتظار الرفع]</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message numerus="yes">
        <source>{event}: {checked_in}/%n attendee(s) checked in</source>
        <translation>
            <numerusform>{event}: سُجّل حضور {checked_in} من أصل %n مشارك</numerusform>
            <numerusform>{event}: سُجّل حضور {checked_in} من أصل مشارك واحد</numerusform>
            <numerusform>{event}: سُجّل حضور {checked_in} من أصل مشاركَين</numerusform>
            <numerusform>{event}: سُجّل حضور {checked_in} من أصل %n مشاركين</numerusform>
            <numerusform>{event}: سُجّل حضور {checked_in} من أصل %n مشاركًا</numerusform>
            <numerusform>{event}: سُجّل حضور {checked_in} من أصل %n مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending upload</source>
        <translation>
            <numerusform>بانتظار الرفع: %n</numerusform>
            <numerusform>بانتظار الرفع: %n</numerusform>
            <numerusform>بانتظار الرفع: %n</numerusform>
            <numerusform>بانتظار الرفع: %n</numerusform>
            <numerusform>بانتظار الرفع: %n</numerusform>
            <numerusform>بانتظار الرفع: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>فشل: %n</numerusform>
            <numerusform>فشل: %n</numerusform>
            <numerusform>فشل: %n</numerusform>
            <numerusform>فشل: %n</numerusform>
            <numerusform>فشل: %n</numerusform>
            <numerusform>فشل: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>last upload {upload}, last download {download}</source>
        <translation>آخر رفع {upload}، آخر تنزيل {download}</translation>
    </message>
    <message>
        <source>no attendees match</source>
        <translation>لا يوجد مشاركون مطابقون</translation>
    </message>
    <message numerus="yes">
        <source>exported %n attendee(s) to {file}</source>
        <translation>
            <numerusform>لم يُصدَّر أي مشارك إلى {file}</numerusform>
            <numerusform>صُدِّر مشارك واحد إلى {file}</numerusform>
            <numerusform>صُدِّر مشاركان إلى {file}</numerusform>
            <numerusform>صُدِّر %n مشاركين إلى {file}</numerusform>
            <numerusform>صُدِّر %n مشاركًا إلى {file}</numerusform>
            <numerusform>صُدِّر %n مشارك إلى {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>لا يوجد ملف: {path}</translation>
    </message>
    <message>
        <source>skipped line {line}: {why}</source>
        <translation>تُخطّي السطر {line}: {why}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message numerus="yes">
        <source>imported %n attendee(s) into local event {event} ({skipped} skipped)</source>
        <translation>
            <numerusform>لم يُستورد أي مشارك إلى الفعالية المحلية {event} (تُخطّي {skipped})</numerusform>
            <numerusform>اُستورد مشارك واحد إلى الفعالية المحلية {event} (تُخطّي {skipped})</numerusform>
            <numerusform>اُستورد مشاركان إلى الفعالية المحلية {event} (تُخطّي {skipped})</numerusform>
            <numerusform>اُستورد %n مشاركين إلى الفعالية المحلية {event} (تُخطّي {skipped})</numerusform>
            <numerusform>اُستورد %n مشاركًا إلى الفعالية المحلية {event} (تُخطّي {skipped})</numerusform>
            <numerusform>اُستورد %n مشارك إلى الفعالية المحلية {event} (تُخطّي {skipped})</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot use data dir {where}: {detail}</source>
        <translation>تعذّر استخدام مجلد البيانات {where}: {detail}</translation>
    </message>
    <message>
        <source>cannot use the per-user data dir: {detail}</source>
        <translation>تعذّر استخدام مجلد بيانات المستخدم: {detail}</translation>
    </message>
    <message>
        <source>the local database failed, nothing was saved: {detail}</source>
        <translation>فشلت قاعدة البيانات المحلية، ولم يُحفظ شيء: {detail}</translation>
    </message>
    <message>
        <source>no attendee of this event has the code {code}</source>
        <translation>لا يحمل أي مشارك في هذه الفعالية الرمز {code}</translation>
    </message>
    <message>
        <source>several attendees share the code {code}</source>
        <translation>يشترك عدة مشاركين في الرمز {code}</translation>
    </message>
    <message>
        <source>badge of {name} written to {file}</source>
        <translation>كُتبت شارة {name} في {file}</translation>
    </message>
    <message>
        <source>the badge could not be printed (see the log)</source>
        <translation>تعذّرت طباعة الشارة (راجع السجل)</translation>
    </message>
    <message>
        <source>not printed: {why}</source>
        <translation>لم تُطبع: {why}</translation>
    </message>
    <message>
        <source>badge of {name} sent to {printer}</source>
        <translation>أُرسلت شارة {name} إلى {printer}</translation>
    </message>
    <message>
        <source>no such event {event} in this data dir (run `orga-app events` or `orga-app sync` first)</source>
        <translation>لا توجد فعالية {event} في مجلد البيانات هذا (شغّل `orga-app events` أو `orga-app sync` أولًا)</translation>
    </message>
    <message>
        <source>camera or video stopped: {why}</source>
        <translation>توقفت الكاميرا أو الفيديو: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) read, {accepted} accepted</source>
        <translation>
            <numerusform>التذاكر المقروءة: %n، المقبولة: {accepted}</numerusform>
            <numerusform>التذاكر المقروءة: %n، المقبولة: {accepted}</numerusform>
            <numerusform>التذاكر المقروءة: %n، المقبولة: {accepted}</numerusform>
            <numerusform>التذاكر المقروءة: %n، المقبولة: {accepted}</numerusform>
            <numerusform>التذاكر المقروءة: %n، المقبولة: {accepted}</numerusform>
            <numerusform>التذاكر المقروءة: %n، المقبولة: {accepted}</numerusform>
        </translation>
    </message>
    <message>
        <source>fix: {fix}</source>
        <translation>الحل: {fix}</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>NOT READY: fix the [FAIL] lines first</source>
        <translation>غير جاهز: أصلح أسطر [FAIL] أولًا</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of one line</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the groups of one line</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>الوسائط الموضعية</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>اعرض هذه المساعدة واخرج</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>اعرض رقم إصدار البرنامج واخرج</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>غير مسموح مع الوسيط %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>الوسائط التالية مطلوبة: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>أحد الوسائط %s مطلوب</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>يُتوقع قيمة واحدة</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة %(type)s غير صالحة: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختر من %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار ملتبس: قد يطابق %(option)s ما يلي: %(matches)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: خطأ: %(message)s</translation>
    </message>
    <message>
        <source>--pretix-token-stdin needs --organizer</source>
        <translation>يحتاج --pretix-token-stdin إلى --organizer</translation>
    </message>
    <message>
        <source>empty API token</source>
        <translation>رمز API فارغ</translation>
    </message>
    <message>
        <source>{why} (or pass --insecure to this command)</source>
        <translation>{why} (أو أضف --insecure إلى هذا الأمر)</translation>
    </message>
    <message>
        <source>sign-in failed: {why}</source>
        <translation>فشل تسجيل الدخول: {why}</translation>
    </message>
    <message>
        <source> as device {device}</source>
        <translation> كجهاز {device}</translation>
    </message>
    <message numerus="yes">
        <source>signed in to {server} ({kind}){device} as {account}; %n event(s)</source>
        <translation>
            <numerusform>تم تسجيل الدخول إلى {server} ({kind}){device} باسم {account}؛ الفعاليات: %n</numerusform>
            <numerusform>تم تسجيل الدخول إلى {server} ({kind}){device} باسم {account}؛ الفعاليات: %n</numerusform>
            <numerusform>تم تسجيل الدخول إلى {server} ({kind}){device} باسم {account}؛ الفعاليات: %n</numerusform>
            <numerusform>تم تسجيل الدخول إلى {server} ({kind}){device} باسم {account}؛ الفعاليات: %n</numerusform>
            <numerusform>تم تسجيل الدخول إلى {server} ({kind}){device} باسم {account}؛ الفعاليات: %n</numerusform>
            <numerusform>تم تسجيل الدخول إلى {server} ({kind}){device} باسم {account}؛ الفعاليات: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{why} (run `orga-app login`)</source>
        <translation>{why} (شغّل `orga-app login`)</translation>
    </message>
    <message>
        <source>no event {event} on this computer</source>
        <translation>لا توجد فعالية {event} على هذا الحاسوب</translation>
    </message>
    <message>
        <source>event {event} is not on a pretix-type server</source>
        <translation>الفعالية {event} ليست على خادم من نوع pretix</translation>
    </message>
    <message>
        <source>[this door: {direction}]</source>
        <translation>[هذا الباب: {direction}]</translation>
    </message>
    <message>
        <source>no check-in lists cached for this event: run `orga-app events`</source>
        <translation>لا توجد قوائم تسجيل حضور محفوظة لهذه الفعالية: شغّل `orga-app events`</translation>
    </message>
    <message>
        <source>no list chosen: `orga-app lists --event ID --choose LIST_ID [--exit]`</source>
        <translation>لم تُختر قائمة: `orga-app lists --event ID --choose LIST_ID [--exit]`</translation>
    </message>
    <message>
        <source>give --email (or --pair / --pretix-token-stdin for pretix)</source>
        <translation>أعطِ --email (أو --pair / --pretix-token-stdin لخادم pretix)</translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation>كلمة مرور {email}: </translation>
    </message>
    <message>
        <source>give the password on stdin with --password-stdin</source>
        <translation>أعطِ كلمة المرور عبر الإدخال القياسي مع --password-stdin</translation>
    </message>
    <message>
        <source>empty password</source>
        <translation>كلمة المرور فارغة</translation>
    </message>
    <message numerus="yes">
        <source>signed in to {server} as {email}; %n event(s)</source>
        <translation>
            <numerusform>تم تسجيل الدخول إلى {server} باسم {email}؛ الفعاليات: %n</numerusform>
            <numerusform>تم تسجيل الدخول إلى {server} باسم {email}؛ الفعاليات: %n</numerusform>
            <numerusform>تم تسجيل الدخول إلى {server} باسم {email}؛ الفعاليات: %n</numerusform>
            <numerusform>تم تسجيل الدخول إلى {server} باسم {email}؛ الفعاليات: %n</numerusform>
            <numerusform>تم تسجيل الدخول إلى {server} باسم {email}؛ الفعاليات: %n</numerusform>
            <numerusform>تم تسجيل الدخول إلى {server} باسم {email}؛ الفعاليات: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>signed out (local data kept)</source>
        <translation>تم تسجيل الخروج (بقيت البيانات المحلية)</translation>
    </message>
    <message>
        <source>no event {event} on the server</source>
        <translation>لا توجد فعالية {event} على الخادم</translation>
    </message>
    <message>
        <source>{why}; showing cached events</source>
        <translation>{why}؛ تُعرض الفعاليات المحفوظة</translation>
    </message>
    <message>
        <source>no events: sign in with `orga-app login` or import a CSV list</source>
        <translation>لا توجد فعاليات: سجّل الدخول بـ `orga-app login` أو استورد قائمة CSV</translation>
    </message>
    <message>
        <source>no event {event}: run `orga-app events`</source>
        <translation>لا توجد فعالية {event}: شغّل `orga-app events`</translation>
    </message>
    <message>
        <source>no such event {event} on the server</source>
        <translation>لا توجد فعالية {event} على الخادم</translation>
    </message>
    <message numerus="yes">
        <source>uploaded %n</source>
        <translation>
            <numerusform>المرفوعة: %n</numerusform>
            <numerusform>المرفوعة: %n</numerusform>
            <numerusform>المرفوعة: %n</numerusform>
            <numerusform>المرفوعة: %n</numerusform>
            <numerusform>المرفوعة: %n</numerusform>
            <numerusform>المرفوعة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>failed %n</source>
        <translation>
            <numerusform>الفاشلة: %n</numerusform>
            <numerusform>الفاشلة: %n</numerusform>
            <numerusform>الفاشلة: %n</numerusform>
            <numerusform>الفاشلة: %n</numerusform>
            <numerusform>الفاشلة: %n</numerusform>
            <numerusform>الفاشلة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pending %n</source>
        <translation>
            <numerusform>المعلّقة: %n</numerusform>
            <numerusform>المعلّقة: %n</numerusform>
            <numerusform>المعلّقة: %n</numerusform>
            <numerusform>المعلّقة: %n</numerusform>
            <numerusform>المعلّقة: %n</numerusform>
            <numerusform>المعلّقة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>downloaded %n attendee(s) in {seconds} s</source>
        <translation>
            <numerusform>لم يُنزَّل أي مشارك في {seconds} ث</numerusform>
            <numerusform>نُزِّل مشارك واحد في {seconds} ث</numerusform>
            <numerusform>نُزِّل مشاركان في {seconds} ث</numerusform>
            <numerusform>نُزِّل %n مشاركين في {seconds} ث</numerusform>
            <numerusform>نُزِّل %n مشاركًا في {seconds} ث</numerusform>
            <numerusform>نُزِّل %n مشارك في {seconds} ث</numerusform>
        </translation>
    </message>
    <message>
        <source>error: {error}</source>
        <translation>خطأ: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n failed upload(s)</source>
        <translation>
            <numerusform>عمليات الرفع الفاشلة: %n</numerusform>
            <numerusform>عمليات الرفع الفاشلة: %n</numerusform>
            <numerusform>عمليات الرفع الفاشلة: %n</numerusform>
            <numerusform>عمليات الرفع الفاشلة: %n</numerusform>
            <numerusform>عمليات الرفع الفاشلة: %n</numerusform>
            <numerusform>عمليات الرفع الفاشلة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>(retry queued)</source>
        <translation>(أُدرجت إعادة المحاولة)</translation>
    </message>
    <message>
        <source>This account is a server admin without a role in any event: open an event by its number or identifier.</source>
        <translation>هذا الحساب مدير خادم بلا دور في أي فعالية: افتح الفعالية برقمها أو معرّفها.</translation>
    </message>
    <message>
        <source>Signed in, but the event list could not be read: {why}</source>
        <translation>تم تسجيل الدخول، لكن تعذّرت قراءة قائمة الفعاليات: {why}</translation>
    </message>
    <message>
        <source>No events for this organizer yet.</source>
        <translation>لا توجد فعاليات لهذا المنظِّم بعد.</translation>
    </message>
    <message>
        <source>No camera chosen (USB scanner only).</source>
        <translation>لم تُختر كاميرا (ماسح USB فقط).</translation>
    </message>
    <message>
        <source>Plug the camera in, close other programs that use it, or choose another camera in Settings; then check again.</source>
        <translation>وصّل الكاميرا، وأغلق البرامج الأخرى التي تستخدمها، أو اختر كاميرا أخرى في الإعدادات؛ ثم افحص مجددًا.</translation>
    </message>
    <message>
        <source>The code reader {name} cannot start: {error}</source>
        <translation>لا يمكن تشغيل قارئ الرموز {name}: {error}</translation>
    </message>
    <message>
        <source>Choose another decoder in Settings.</source>
        <translation>اختر مفكك ترميز آخر في الإعدادات.</translation>
    </message>
    <message>
        <source>Does not open: {error}</source>
        <translation>لا تُفتح: {error}</translation>
    </message>
    <message>
        <source>Stopped giving pictures: {error}</source>
        <translation>توقفت عن إعطاء الصور: {error}</translation>
    </message>
    <message>
        <source>Opens and reads the printable test ticket.</source>
        <translation>تُفتح وتقرأ تذكرة الاختبار القابلة للطباعة.</translation>
    </message>
    <message>
        <source>Opens and reads codes (read “{code}”).</source>
        <translation>تُفتح وتقرأ الرموز (قرأت “{code}”).</translation>
    </message>
    <message>
        <source>Opens and reads codes.</source>
        <translation>تُفتح وتقرأ الرموز.</translation>
    </message>
    <message>
        <source>Opens but gives no picture.</source>
        <translation>تُفتح لكنها لا تعطي صورة.</translation>
    </message>
    <message>
        <source>Gives pictures ({frames} frames) but saw no code.</source>
        <translation>تعطي صورًا ({frames} إطارات) لكنها لم ترَ رمزًا.</translation>
    </message>
    <message>
        <source>Hold a ticket (or the printable test ticket) in front of the camera and check again.</source>
        <translation>ضع تذكرة (أو تذكرة الاختبار القابلة للطباعة) أمام الكاميرا وافحص مجددًا.</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>قائمة المشاركين</translation>
    </message>
    <message>
        <source>A list imported from a file: nothing to download.</source>
        <translation>قائمة مستوردة من ملف: لا شيء للتنزيل.</translation>
    </message>
    <message>
        <source>Download the list again now (Sync now, or `orga-app sync --event {event}`).</source>
        <translation>نزّل القائمة مجددًا الآن (زامن الآن، أو `orga-app sync --event {event}`).</translation>
    </message>
    <message>
        <source>Never downloaded: every ticket would be refused as unknown.</source>
        <translation>لم تُنزَّل قط: ستُرفض كل تذكرة على أنها مجهولة.</translation>
    </message>
    <message>
        <source>Downloaded later than this computer&apos;s clock says it is now.</source>
        <translation>نُزّلت في وقت لاحق لما تقوله ساعة هذا الحاسوب الآن.</translation>
    </message>
    <message>
        <source>Last complete download {age} ago: tickets sold or changed since are not known here.</source>
        <translation>آخر تنزيل كامل قبل {age}: التذاكر المبيعة أو المعدّلة منذ ذلك غير معروفة هنا.</translation>
    </message>
    <message>
        <source>Last complete download {age} ago.</source>
        <translation>آخر تنزيل كامل قبل {age}.</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>الرفع</translation>
    </message>
    <message>
        <source>Do what the reason says (often: sign in again), then sync.</source>
        <translation>افعل ما يقوله السبب (غالبًا: سجّل الدخول مجددًا)، ثم زامن.</translation>
    </message>
    <message>
        <source>{failed} check-in(s) refused by the server, {pending} waiting to upload.</source>
        <translation>تسجيلات حضور رفضها الخادم: {failed}، بانتظار الرفع: {pending}.</translation>
    </message>
    <message>
        <source>Open Problems and retry or discard each refused check-in.</source>
        <translation>افتح المشكلات وأعد محاولة كل تسجيل حضور مرفوض أو تجاهله.</translation>
    </message>
    <message>
        <source>{pending} check-in(s) waiting to upload.</source>
        <translation>تسجيلات حضور بانتظار الرفع: {pending}.</translation>
    </message>
    <message>
        <source>Connect to the network and sync; they upload by themselves when online.</source>
        <translation>اتصل بالشبكة وزامن؛ تُرفع تلقائيًا عند الاتصال.</translation>
    </message>
    <message>
        <source>Every check-in is on the server.</source>
        <translation>كل تسجيلات الحضور على الخادم.</translation>
    </message>
    <message>
        <source>Kiosk exit PIN</source>
        <translation>رمز PIN للخروج من الكشك</translation>
    </message>
    <message>
        <source>Set.</source>
        <translation>مُعيَّن.</translation>
    </message>
    <message>
        <source>No kiosk on this computer.</source>
        <translation>لا يوجد كشك على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Not set: the kiosk would ask for one at its first start, in front of guests.</source>
        <translation>غير مُعيَّن: سيطلبه الكشك عند أول تشغيل، أمام الضيوف.</translation>
    </message>
    <message>
        <source>Start the kiosk (`orga-app gui --kiosk`) now and set a PIN of 4 to 8 digits.</source>
        <translation>شغّل الكشك الآن (`orga-app gui --kiosk`) وعيّن رمز PIN من 4 إلى 8 أرقام.</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>المساحة الحرة</translation>
    </message>
    <message>
        <source>{mb} MB left for the local data.</source>
        <translation>يتبقى {mb} ميغابايت للبيانات المحلية.</translation>
    </message>
    <message>
        <source>Free some disk space (delete or move large files), then check again.</source>
        <translation>حرّر بعض مساحة القرص (احذف الملفات الكبيرة أو انقلها)، ثم افحص مجددًا.</translation>
    </message>
    <message>
        <source>Local data file</source>
        <translation>ملف البيانات المحلي</translation>
    </message>
    <message>
        <source>Do not scan with this file. Keep a copy of the data folder for support, then sign in on a fresh data folder and download the event again.</source>
        <translation>لا تمسح بهذا الملف. احتفظ بنسخة من مجلد البيانات للدعم، ثم سجّل الدخول على مجلد بيانات جديد ونزّل الفعالية مجددًا.</translation>
    </message>
    <message>
        <source>Cannot be read: {error}</source>
        <translation>لا يمكن قراءته: {error}</translation>
    </message>
    <message>
        <source>Intact (quick check).</source>
        <translation>سليم (فحص سريع).</translation>
    </message>
    <message>
        <source>Damaged: {first}</source>
        <translation>تالف: {first}</translation>
    </message>
    <message>
        <source>Upload rights</source>
        <translation>صلاحيات الرفع</translation>
    </message>
    <message>
        <source>The server refuses this {who}: {why}</source>
        <translation>يرفض الخادم هذا {who}: {why}</translation>
    </message>
    <message>
        <source>Pair this computer again with a new token from the organizer (Sign in).</source>
        <translation>اقرن هذا الحاسوب مجددًا برمز جديد من المنظِّم (تسجيل الدخول).</translation>
    </message>
    <message>
        <source>The door&apos;s check-in list is gone from the server.</source>
        <translation>اختفت قائمة تسجيل الحضور لهذا الباب من الخادم.</translation>
    </message>
    <message>
        <source>Choose this door&apos;s check-in list again on the events page.</source>
        <translation>اختر قائمة تسجيل الحضور لهذا الباب مجددًا في صفحة الفعاليات.</translation>
    </message>
    <message>
        <source>Server not reached ({why}).</source>
        <translation>تعذّر الوصول إلى الخادم ({why}).</translation>
    </message>
    <message>
        <source>Connect and check again.</source>
        <translation>اتصل وافحص مجددًا.</translation>
    </message>
    <message>
        <source>May check people in on the list “{name}” as a {who}; the scan time goes up with each.</source>
        <translation>يمكنه تسجيل حضور الأشخاص في القائمة “{name}” ({who})؛ ويُرفع وقت المسح مع كل تسجيل.</translation>
    </message>
    <message>
        <source>No check-in list chosen for this door: every scan would be refused.</source>
        <translation>لم تُختر قائمة تسجيل حضور لهذا الباب: سيُرفض كل مسح.</translation>
    </message>
    <message>
        <source>Choose the door&apos;s check-in list on the events page (or `orga-app lists`).</source>
        <translation>اختر قائمة تسجيل الحضور للباب في صفحة الفعاليات (أو `orga-app lists`).</translation>
    </message>
    <message>
        <source>Not compared for this server type (the list counts only what it admits).</source>
        <translation>لا تُقارن لهذا النوع من الخوادم (القائمة لا تعدّ إلا ما تقبله).</translation>
    </message>
    <message>
        <source>Attendees against the server</source>
        <translation>المشاركون مقارنةً بالخادم</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>طابعة الشارات</translation>
    </message>
    <message>
        <source>“{name}” takes jobs.</source>
        <translation>“{name}” تقبل المهام.</translation>
    </message>
    <message>
        <source>Badges print at check-in, but no printer is chosen.</source>
        <translation>تُطبع الشارات عند تسجيل الحضور، لكن لم تُختر طابعة.</translation>
    </message>
    <message>
        <source>Choose the badge printer in the Badges settings.</source>
        <translation>اختر طابعة الشارات في إعدادات الشارات.</translation>
    </message>
    <message>
        <source>“{name}” is not there (unplugged, renamed or removed).</source>
        <translation>“{name}” غير موجودة (مفصولة أو أُعيدت تسميتها أو أُزيلت).</translation>
    </message>
    <message>
        <source>Plug it in and switch it on, or choose another printer in the Badges settings.</source>
        <translation>وصّلها وشغّلها، أو اختر طابعة أخرى في إعدادات الشارات.</translation>
    </message>
    <message>
        <source>“{name}” is stopped (paused, out of paper or offline).</source>
        <translation>“{name}” متوقفة (إيقاف مؤقت أو نفاد الورق أو غير متصلة).</translation>
    </message>
    <message>
        <source>Fix the printer (paper, cable, power), then resume it in the system&apos;s printers.</source>
        <translation>أصلح الطابعة (الورق، الكابل، الطاقة)، ثم استأنفها من طابعات النظام.</translation>
    </message>
    <message>
        <source>No server: a list imported from a file.</source>
        <translation>لا خادم: قائمة مستوردة من ملف.</translation>
    </message>
    <message>
        <source>Not signed in to this event&apos;s server.</source>
        <translation>لم يُسجَّل الدخول إلى خادم هذه الفعالية.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>فشل الفحص: {error}</translation>
    </message>
    <message>
        <source>Choose another camera in Settings; then check again.</source>
        <translation>اختر كاميرا أخرى في الإعدادات؛ ثم افحص مجددًا.</translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in: {why}</source>
        <translation>لم يعد الخادم يقبل تسجيل الدخول هذا: {why}</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Connect to the network and check again.</source>
        <translation>اتصل بالشبكة وافحص مجددًا.</translation>
    </message>
    <message>
        <source>The server does not tell this account&apos;s role; uploads will try and say so if the server refuses them.</source>
        <translation>لا يذكر الخادم دور هذا الحساب؛ سيحاول الرفع ويُبلغ إن رفضه الخادم.</translation>
    </message>
    <message>
        <source>Ask the event&apos;s owner to make this account co-organizer (or organizer), or sign in as a server admin.</source>
        <translation>اطلب من مالك الفعالية جعل هذا الحساب منظِّمًا مشاركًا (أو منظِّمًا)، أو سجّل الدخول كمدير خادم.</translation>
    </message>
    <message>
        <source>May check people in as {role}, through a registration station: the server records its own upload time and cannot record check-outs.</source>
        <translation>يمكنه تسجيل حضور الأشخاص بصفته {role} عبر محطة تسجيل: يسجّل الخادم وقت الرفع الخاص به ولا يمكنه تسجيل المغادرة.</translation>
    </message>
    <message>
        <source>May check people in as {role}: scan time and door name go up with each check-in.</source>
        <translation>يمكنه تسجيل حضور الأشخاص بصفته {role}: يُرفع وقت المسح واسم الباب مع كل تسجيل.</translation>
    </message>
    <message>
        <source>Download the list again now.</source>
        <translation>نزّل القائمة مجددًا الآن.</translation>
    </message>
    <message>
        <source>{local} here; could not compare ({why}).</source>
        <translation>{local} هنا؛ تعذّرت المقارنة ({why}).</translation>
    </message>
    <message>
        <source>{local} here, as on the server.</source>
        <translation>{local} هنا، كما على الخادم.</translation>
    </message>
    <message>
        <source>{missing} attendee(s) on the server are not on this computer ({local} of {server}): their tickets would be refused as unknown.</source>
        <translation>مشاركون على الخادم غير موجودين على هذا الحاسوب: {missing} ({local} من {server})؛ ستُرفض تذاكرهم على أنها مجهولة.</translation>
    </message>
    <message>
        <source>{extra} attendee(s) here are no longer on the server ({local} here, {server} there).</source>
        <translation>مشاركون هنا لم يعودوا على الخادم: {extra} ({local} هنا، {server} هناك).</translation>
    </message>
    <message>
        <source>Could not compare with the server&apos;s clock ({why}).</source>
        <translation>تعذّرت المقارنة مع ساعة الخادم ({why}).</translation>
    </message>
    <message>
        <source>Within {off} of the server&apos;s clock.</source>
        <translation>ضمن {off} من ساعة الخادم.</translation>
    </message>
    <message>
        <source>Set date and time automatically (network time) in the system settings, or correct the clock and time zone by hand; then check again.</source>
        <translation>اضبط التاريخ والوقت تلقائيًا (وقت الشبكة) في إعدادات النظام، أو صحّح الساعة والمنطقة الزمنية يدويًا؛ ثم افحص مجددًا.</translation>
    </message>
    <message>
        <source>USB scanner</source>
        <translation>ماسح USB</translation>
    </message>
    <message>
        <source>Set up: {found}.</source>
        <translation>مُعدّ: {found}.</translation>
    </message>
    <message>
        <source>The last set-up failed: {why}.</source>
        <translation>فشل آخر إعداد: {why}.</translation>
    </message>
    <message>
        <source>Run the scanner set-up again with the test code, or scan with the camera.</source>
        <translation>أعد إعداد الماسح برمز الاختبار، أو امسح بالكاميرا.</translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation>لم يُختبر.</translation>
    </message>
    <message>
        <source>If this door uses a USB barcode scanner, run the scanner set-up once.</source>
        <translation>إن كان هذا الباب يستخدم ماسح باركود USB، فشغّل إعداد الماسح مرة واحدة.</translation>
    </message>
</context>
</TS>
