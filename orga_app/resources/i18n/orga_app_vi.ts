<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Uploads are paused: {why}</source>
        <translation>Tạm dừng tải lên: {why}</translation>
    </message>
    <message>
        <source>They have not reached the server yet.</source>
        <translation>Chúng chưa lên máy chủ.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) made on this computer are not on the server.</source>
        <translation>
            <numerusform>%n lượt check-in trên máy này chưa có trên máy chủ.</numerusform>
        </translation>
    </message>
    <message>
        <source>No event “{key}” on this server.</source>
        <translation>Không có sự kiện “{key}” trên máy chủ này.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Hãy đăng nhập trước.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Check-in gần nhất</translation>
    </message>
    <message>
        <source>✓ in</source>
        <translation>✓ đã vào</translation>
    </message>
    <message>
        <source>— not in</source>
        <translation>— chưa vào</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to upload</source>
        <translation>
            <numerusform>%n thay đổi đang chờ tải lên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) the server refused (see Problems)</source>
        <translation>
            <numerusform>%n thay đổi bị máy chủ từ chối (xem Sự cố)</numerusform>
        </translation>
    </message>
    <message>
        <source> on {device}</source>
        <translation> trên {device}</translation>
    </message>
    <message>
        <source>in at {when}</source>
        <translation>vào lúc {when}</translation>
    </message>
    <message>
        <source>out at {when}</source>
        <translation>ra lúc {when}</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Chưa có lượt check-in nào.</translation>
    </message>
    <message>
        <source>Search name, e-mail, order or code</source>
        <translation>Tìm tên, e-mail, đơn hàng hoặc mã</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Đã check-in</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Chưa check-in</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Đang chờ tải lên</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Tải lên thất bại</translation>
    </message>
    <message>
        <source>Attendee details</source>
        <translation>Chi tiết người tham dự</translation>
    </message>
    <message>
        <source>Select an attendee to see the details.</source>
        <translation>Chọn một người tham dự để xem chi tiết.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>Check-out…</translation>
    </message>
    <message>
        <source>Print badge</source>
        <translation>In thẻ tên</translation>
    </message>
    <message>
        <source>Print this person&apos;s badge now (a reprint included)</source>
        <translation>In thẻ tên của người này ngay (kể cả in lại)</translation>
    </message>
    <message>
        <source>more than {n} attendees</source>
        <translation>hơn {n} người tham dự</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n người tham dự</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge of {name} sent to the printer queue.</source>
        <translation>Thẻ tên của {name} đã được gửi vào hàng đợi in.</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Check out {name}?</source>
        <translation>Check-out cho {name}?</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>Bật camera</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Đang tìm camera…</translation>
    </message>
    <message>
        <source>Could not look for cameras: {detail}
Type the code below or use a USB scanner.</source>
        <translation>Không tìm được camera: {detail}
Hãy nhập mã bên dưới hoặc dùng máy quét USB.</translation>
    </message>
    <message>
        <source>Camera {n}</source>
        <translation>Camera {n}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Tệp: {name}</translation>
    </message>
    <message>
        <source>No camera found.
Type the code below, or use a USB barcode scanner: it works anywhere in this window.</source>
        <translation>Không tìm thấy camera.
Hãy nhập mã bên dưới hoặc dùng máy quét mã vạch USB: nó hoạt động ở mọi nơi trong cửa sổ này.</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Camera tắt</translation>
    </message>
    <message>
        <source>Starting camera…</source>
        <translation>Đang bật camera…</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>Tắt camera</translation>
    </message>
    <message>
        <source>Camera unavailable — trying again…
{detail}
Meanwhile type the code below or use a USB scanner.</source>
        <translation>Camera không dùng được — đang thử lại…
{detail}
Trong lúc chờ, hãy nhập mã bên dưới hoặc dùng máy quét USB.</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>Video đã hết.</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>đã check-in</translation>
    </message>
    <message>
        <source>of all attendees</source>
        <translation>trên tổng số người tham dự</translation>
    </message>
    <message>
        <source>waiting to upload</source>
        <translation>đang chờ tải lên</translation>
    </message>
    <message>
        <source>failed uploads</source>
        <translation>tải lên thất bại</translation>
    </message>
    <message>
        <source>Arrivals per 15 minutes</source>
        <translation>Lượt đến mỗi 15 phút</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <source>Once (if not printed before)</source>
        <translation>Một lần (nếu chưa in)</translation>
    </message>
    <message>
        <source>At every check-in</source>
        <translation>Mỗi lần check-in</translation>
    </message>
    <message>
        <source>The server&apos;s layout for each ticket type</source>
        <translation>Bố cục của máy chủ cho từng loại vé</translation>
    </message>
    <message>
        <source>Built-in: name, company, ticket type, QR</source>
        <translation>Có sẵn: tên, công ty, loại vé, mã QR</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Thẻ tên</translation>
    </message>
    <message>
        <source>(none: do not print)</source>
        <translation>(không có: không in)</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (chưa kết nối)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Badge size</source>
        <translation>Cỡ thẻ tên</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Bố cục</translation>
    </message>
    <message>
        <source>Print at check-in</source>
        <translation>In khi check-in</translation>
    </message>
    <message>
        <source>Per ticket type: name=never, once or always, separated by semicolons</source>
        <translation>Theo loại vé: tên=never, once hoặc always, cách nhau bằng dấu chấm phẩy</translation>
    </message>
    <message>
        <source>Per ticket type</source>
        <translation>Theo loại vé</translation>
    </message>
    <message>
        <source>Preview with a sample name</source>
        <translation>Xem trước với tên mẫu</translation>
    </message>
    <message>
        <source>Print this badge</source>
        <translation>In thẻ tên này</translation>
    </message>
    <message>
        <source>Preview: {name}</source>
        <translation>Xem trước: {name}</translation>
    </message>
    <message>
        <source>Check-ins per door</source>
        <translation>Check-in theo cửa</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Vé</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Door (device)</source>
        <translation>Cửa (thiết bị)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Lượt check-in</translation>
    </message>
    <message>
        <source>(no ticket type)</source>
        <translation>(không có loại vé)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(không rõ)</translation>
    </message>
    <message>
        <source>Scans on this device: {parts}</source>
        <translation>Lượt quét trên thiết bị này: {parts}</translation>
    </message>
    <message>
        <source>No scans on this device yet.</source>
        <translation>Chưa có lượt quét nào trên thiết bị này.</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Lượt đến</translation>
    </message>
    <message>
        <source>Arrivals per 15 minutes (none yet)</source>
        <translation>Lượt đến mỗi 15 phút (chưa có)</translation>
    </message>
    <message>
        <source>Arrivals per hour</source>
        <translation>Lượt đến mỗi giờ</translation>
    </message>
    <message>
        <source>Arrivals per {n} hours</source>
        <translation>Lượt đến mỗi {n} giờ</translation>
    </message>
    <message>
        <source>Arrivals per {n} minutes</source>
        <translation>Lượt đến mỗi {n} phút</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Người tham dự</translation>
    </message>
    <message>
        <source>First admitted</source>
        <translation>Vào lần đầu</translation>
    </message>
    <message>
        <source>Admitted again</source>
        <translation>Vào lại</translation>
    </message>
    <message>
        <source>{when} at {door}</source>
        <translation>{when} tại {door}</translation>
    </message>
    <message>
        <source>Admitted twice</source>
        <translation>Vào hai lần</translation>
    </message>
    <message>
        <source>A ticket was let in at two doors before they had synced, with no check-out between. Check whether it was copied.</source>
        <translation>Một vé đã được cho vào ở hai cửa trước khi đồng bộ, không có check-out ở giữa. Hãy kiểm tra xem vé có bị sao chép không.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a ticket was let in at two doors before they had synced, with no check-out between. Check whether those tickets were copied.</source>
        <translation>
            <numerusform>%n lần một vé được cho vào ở hai cửa trước khi đồng bộ, không có check-out ở giữa. Hãy kiểm tra xem các vé đó có bị sao chép không.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket was admitted at two doors.</source>
        <translation>Không có vé nào được cho vào ở hai cửa.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space, then scan again.</source>
        <translation>Ổ đĩa đầy: không có gì được lưu. Hãy giải phóng dung lượng rồi quét lại.</translation>
    </message>
    <message>
        <source>The local database is busy (is Orga App open twice on this computer?). Nothing was saved; scan again.</source>
        <translation>Cơ sở dữ liệu cục bộ đang bận (Orga App có đang mở hai lần trên máy này không?). Không có gì được lưu; hãy quét lại.</translation>
    </message>
    <message>
        <source>The data folder is read-only: nothing was saved.</source>
        <translation>Thư mục dữ liệu chỉ đọc: không có gì được lưu.</translation>
    </message>
    <message>
        <source>The local database failed ({detail}): nothing was saved.</source>
        <translation>Cơ sở dữ liệu cục bộ bị lỗi ({detail}): không có gì được lưu.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Sai e-mail hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Check the server address and this computer&apos;s date and time.</source>
        <translation>Không xác minh được chứng chỉ của máy chủ. Hãy kiểm tra địa chỉ máy chủ và ngày giờ của máy này.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network and the server address.</source>
        <translation>Không kết nối được máy chủ. Hãy kiểm tra mạng và địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>This account is not allowed to do that.</source>
        <translation>Tài khoản này không được phép làm việc đó.</translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>Máy chủ gặp sự cố. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The server refused: {reason}</source>
        <translation>Máy chủ từ chối: {reason}</translation>
    </message>
    <message>
        <source>Camera problem: {detail}</source>
        <translation>Lỗi camera: {detail}</translation>
    </message>
    <message>
        <source>Could not read or write a file: {detail}</source>
        <translation>Không đọc hoặc ghi được tệp: {detail}</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}</source>
        <translation>Lỗi không mong muốn: {kind}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <source>Details were saved to {path}.</source>
        <translation>Chi tiết đã được lưu vào {path}.</translation>
    </message>
    <message>
        <source>The app hit a bug. Scanning keeps working; check-ins already made are saved.</source>
        <translation>Ứng dụng gặp lỗi. Vẫn quét được; các lượt check-in đã làm đều được lưu.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Chi tiết lỗi</translation>
    </message>
    <message>
        <source>server admin</source>
        <translation>quản trị máy chủ</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>chủ sở hữu</translation>
    </message>
    <message>
        <source>organizer</source>
        <translation>ban tổ chức</translation>
    </message>
    <message>
        <source>co-organizer</source>
        <translation>đồng tổ chức</translation>
    </message>
    <message>
        <source>registrar</source>
        <translation>nhân viên đăng ký</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>không có vai trò</translation>
    </message>
    <message>
        <source>This account is {role} for “{event}”: the server does not let it record check-ins, so scans here would never reach the server. Ask the event&apos;s owner to make this account co-organizer (or organizer), or sign in as a server admin.</source>
        <translation>Tài khoản này là {role} của “{event}”: máy chủ không cho nó ghi check-in, nên lượt quét ở đây sẽ không bao giờ lên máy chủ. Hãy nhờ chủ sự kiện đặt tài khoản này làm đồng tổ chức (hoặc ban tổ chức), hoặc đăng nhập bằng quản trị máy chủ.</translation>
    </message>
    <message>
        <source>Check-ins go up through a registration station: the server records its own time of upload (the scan time stays on this computer) and cannot record check-outs (only a server admin can).</source>
        <translation>Check-in được gửi qua một trạm đăng ký: máy chủ ghi thời điểm tải lên của nó (thời điểm quét vẫn ở máy này) và không ghi được check-out (chỉ quản trị máy chủ làm được).</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>không có ngày</translation>
    </message>
    <message>
        <source>some products only</source>
        <translation>chỉ một số sản phẩm</translation>
    </message>
    <message>
        <source>unpaid orders admitted</source>
        <translation>chấp nhận đơn chưa thanh toán</translation>
    </message>
    <message>
        <source>multiple entries</source>
        <translation>vào nhiều lần</translation>
    </message>
    <message>
        <source>Check-in list: {name} (exit)</source>
        <translation>Danh sách check-in: {name} (lối ra)</translation>
    </message>
    <message>
        <source>Check-in list: {name}</source>
        <translation>Danh sách check-in: {name}</translation>
    </message>
    <message>
        <source>Choose the event at this door</source>
        <translation>Chọn sự kiện cho cửa này</translation>
    </message>
    <message>
        <source>Check-in list</source>
        <translation>Danh sách check-in</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Lối vào</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Lối ra</translation>
    </message>
    <message>
        <source>Event number or identifier</source>
        <translation>Số hoặc mã định danh sự kiện</translation>
    </message>
    <message>
        <source>Find event on server</source>
        <translation>Tìm sự kiện trên máy chủ</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Refresh list from server</source>
        <translation>Làm mới danh sách từ máy chủ</translation>
    </message>
    <message>
        <source>Check readiness</source>
        <translation>Kiểm tra sẵn sàng</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>Mở sự kiện</translation>
    </message>
    <message>
        <source>  (local list)</source>
        <translation>  (danh sách cục bộ)</translation>
    </message>
    <message>
        <source>  · you: {role}</source>
        <translation>  · bạn: {role}</translation>
    </message>
    <message>
        <source>No events yet. Sign in and refresh the list.</source>
        <translation>Chưa có sự kiện. Hãy đăng nhập và làm mới danh sách.</translation>
    </message>
    <message>
        <source>This event has no check-in list on the server: refresh the list.</source>
        <translation>Sự kiện này không có danh sách check-in trên máy chủ: hãy làm mới danh sách.</translation>
    </message>
    <message>
        <source>Looking for event {key}…</source>
        <translation>Đang tìm sự kiện {key}…</translation>
    </message>
    <message>
        <source>Attendee list (*.csv)</source>
        <translation>Danh sách người tham dự (*.csv)</translation>
    </message>
    <message>
        <source>Scan log (*.csv)</source>
        <translation>Nhật ký quét (*.csv)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Xuất ra CSV</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>người tham dự</translation>
    </message>
    <message>
        <source>scan log</source>
        <translation>nhật ký quét</translation>
    </message>
    <message>
        <source>Exporting {what} to {name}…</source>
        <translation>Đang xuất {what} ra {name}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Orga App — self check-in</source>
        <translation>Orga App — tự check-in</translation>
    </message>
    <message>
        <source>the video ended</source>
        <translation>video đã hết</translation>
    </message>
    <message>
        <source>Camera unavailable — you can still use the scanner at the desk</source>
        <translation>Camera không dùng được — bạn vẫn có thể dùng máy quét ở quầy</translation>
    </message>
    <message>
        <source>Paper or phone — both work. Staff at the desk are happy to help.</source>
        <translation>Vé giấy hay điện thoại đều được. Nhân viên ở quầy sẵn sàng giúp bạn.</translation>
    </message>
    <message>
        <source>Welcome to {event}!</source>
        <translation>Chào mừng đến {event}!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Chào mừng!</translation>
    </message>
    <message>
        <source>Self check-in is not set up yet — please see the desk</source>
        <translation>Tự check-in chưa được thiết lập — vui lòng đến quầy</translation>
    </message>
    <message>
        <source>Hold your ticket&apos;s QR code up to the camera</source>
        <translation>Đưa mã QR trên vé của bạn trước camera</translation>
    </message>
    <message>
        <source>Please scan your ticket</source>
        <translation>Vui lòng quét vé</translation>
    </message>
    <message>
        <source>Ticket not recognised — please see the desk</source>
        <translation>Không nhận ra vé — vui lòng đến quầy</translation>
    </message>
    <message>
        <source>Please see the desk</source>
        <translation>Vui lòng đến quầy</translation>
    </message>
    <message>
        <source>Sorry, that did not work — please see the desk</source>
        <translation>Xin lỗi, không thành công — vui lòng đến quầy</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Xóa chữ số cuối</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Set the operator PIN for this kiosk</source>
        <translation>Đặt mã PIN người vận hành cho kiosk này</translation>
    </message>
    <message>
        <source>Choose a new operator PIN</source>
        <translation>Chọn mã PIN người vận hành mới</translation>
    </message>
    <message>
        <source>4 to 8 digits. You need it to leave kiosk mode.</source>
        <translation>4 đến 8 chữ số. Cần để thoát chế độ kiosk.</translation>
    </message>
    <message>
        <source>Operator PIN</source>
        <translation>PIN người vận hành</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Mã PIN không đúng. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits. Please try again.</source>
        <translation>Mã PIN gồm 4 đến 8 chữ số. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>Nhập lại cùng mã PIN</translation>
    </message>
    <message>
        <source>The two PINs were different. Please start again.</source>
        <translation>Hai mã PIN khác nhau. Vui lòng làm lại từ đầu.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Người vận hành</translation>
    </message>
    <message>
        <source>Back to self check-in</source>
        <translation>Quay lại tự check-in</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Đổi PIN</translation>
    </message>
    <message>
        <source>Exit kiosk mode</source>
        <translation>Thoát chế độ kiosk</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Please wait %n second(s).</source>
        <translation>
            <numerusform>Sai quá nhiều lần. Vui lòng chờ %n giây.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Please wait %n minute(s).</source>
        <translation>
            <numerusform>Sai quá nhiều lần. Vui lòng chờ %n phút.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already checked in at {when}</source>
        <translation>Đã check-in lúc {when}</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>Full log: {path}</source>
        <translation>Nhật ký đầy đủ: {path}</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Chưa có nhật ký.</translation>
    </message>
    <message>
        <source>{server} uses plain http: your password, the session and attendee data would cross the network unencrypted, readable by anyone on the same Wi-Fi.

Connect without encryption for this session only?</source>
        <translation>{server} dùng http không mã hóa: mật khẩu, phiên và dữ liệu người tham dự sẽ đi qua mạng không mã hóa, ai cùng Wi-Fi cũng đọc được.

Kết nối không mã hóa chỉ cho phiên này?</translation>
    </message>
    <message>
        <source>Sign in to your event server</source>
        <translation>Đăng nhập máy chủ sự kiện</translation>
    </message>
    <message>
        <source>Sign in once with internet; afterwards the door works offline on cached data.</source>
        <translation>Đăng nhập một lần khi có internet; sau đó cửa hoạt động ngoại tuyến với dữ liệu đã lưu.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Open Event (eventyay API v1)</source>
        <translation>Open Event (eventyay API v1)</translation>
    </message>
    <message>
        <source>pretix or eventyay-tickets</source>
        <translation>pretix hoặc eventyay-tickets</translation>
    </message>
    <message>
        <source>Server type</source>
        <translation>Loại máy chủ</translation>
    </message>
    <message>
        <source>Back to the events</source>
        <translation>Quay lại các sự kiện</translation>
    </message>
    <message>
        <source>Keep working with the events already on this computer</source>
        <translation>Tiếp tục với các sự kiện đã có trên máy này</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>ban@example.org</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Pair this computer as a door device</source>
        <translation>Ghép nối máy này làm thiết bị cửa</translation>
    </message>
    <message>
        <source>Use an organizer team&apos;s API token</source>
        <translation>Dùng API token của nhóm ban tổ chức</translation>
    </message>
    <message>
        <source>the one-time token the organizer shows</source>
        <translation>token dùng một lần do ban tổ chức cung cấp</translation>
    </message>
    <message>
        <source>Pairing token</source>
        <translation>Token ghép nối</translation>
    </message>
    <message>
        <source>organizer short name, e.g. demo</source>
        <translation>tên ngắn của ban tổ chức, ví dụ demo</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Ban tổ chức</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API token</translation>
    </message>
    <message>
        <source>Checking what kind of server this is…</source>
        <translation>Đang kiểm tra loại máy chủ…</translation>
    </message>
    <message>
        <source>This is a pretix-type server (pretix or eventyay-tickets).</source>
        <translation>Đây là máy chủ kiểu pretix (pretix hoặc eventyay-tickets).</translation>
    </message>
    <message>
        <source>Not a pretix server, or it did not answer: Open Event is assumed.</source>
        <translation>Không phải máy chủ pretix hoặc không trả lời: giả định là Open Event.</translation>
    </message>
    <message>
        <source>Please fill in the server, e-mail and password.</source>
        <translation>Vui lòng điền máy chủ, e-mail và mật khẩu.</translation>
    </message>
    <message>
        <source>Please fill in the server and the pairing token.</source>
        <translation>Vui lòng điền máy chủ và token ghép nối.</translation>
    </message>
    <message>
        <source>Please fill in the server, the organizer and the API token.</source>
        <translation>Vui lòng điền máy chủ, ban tổ chức và API token.</translation>
    </message>
    <message>
        <source>Not signed in: {server} is not encrypted. Use https:// if it has it.</source>
        <translation>Chưa đăng nhập: {server} không được mã hóa. Hãy dùng https:// nếu có.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <source>Unencrypted server</source>
        <translation>Máy chủ không mã hóa</translation>
    </message>
    <message>
        <source>Orga App — check-in</source>
        <translation>Orga App — check-in</translation>
    </message>
    <message>
        <source>Retry badges</source>
        <translation>In lại thẻ tên</translation>
    </message>
    <message>
        <source>Signed in as {email} on {server}</source>
        <translation>Đã đăng nhập là {email} trên {server}</translation>
    </message>
    <message>
        <source>Not signed in (local lists only)</source>
        <translation>Chưa đăng nhập (chỉ danh sách cục bộ)</translation>
    </message>
    <message>
        <source>Asking the server for the events…</source>
        <translation>Đang hỏi máy chủ danh sách sự kiện…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in. %n event(s) available.</source>
        <translation>
            <numerusform>Đã đăng nhập. Có %n sự kiện.</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay saved under this account and are uploaded only after signing in with it again. Another account does not see them and would admit the same people again. Sign out anyway?</source>
        <translation>Chúng vẫn được lưu dưới tài khoản này và chỉ được tải lên khi đăng nhập lại bằng tài khoản đó. Tài khoản khác không thấy chúng và sẽ cho cùng những người đó vào lần nữa. Vẫn đăng xuất?</translation>
    </message>
    <message>
        <source>A ticket ({code}) was scanned while a window was open: nobody was checked in. Close the window and scan again.</source>
        <translation>Một vé ({code}) đã được quét khi đang mở một cửa sổ: không ai được check-in. Hãy đóng cửa sổ và quét lại.</translation>
    </message>
    <message>
        <source>scans</source>
        <translation>lượt quét</translation>
    </message>
    <message>
        <source>Exported {n} {what} to {path}</source>
        <translation>Đã xuất {n} {what} ra {path}</translation>
    </message>
    <message>
        <source>Retry badges ({n})</source>
        <translation>In lại thẻ tên ({n})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>They stay saved on this computer and are uploaded when the app runs again with this account and the server is reachable. Close anyway?</source>
        <translation>Chúng vẫn được lưu trên máy này và sẽ được tải lên khi ứng dụng chạy lại với tài khoản này và máy chủ truy cập được. Vẫn đóng?</translation>
    </message>
    <message>
        <source>CHECK-OUT MODE — a scan lets the person leave</source>
        <translation>CHẾ ĐỘ CHECK-OUT — quét để cho người ra</translation>
    </message>
    <message>
        <source>VALIDATE ONLY — nothing is recorded</source>
        <translation>CHỈ KIỂM TRA — không ghi lại gì</translation>
    </message>
    <message>
        <source>CHECK-IN MODE — a scan admits the person</source>
        <translation>CHẾ ĐỘ CHECK-IN — quét để cho người vào</translation>
    </message>
    <message>
        <source>Ready to check out</source>
        <translation>Sẵn sàng check-out</translation>
    </message>
    <message>
        <source>Ready to validate</source>
        <translation>Sẵn sàng kiểm tra</translation>
    </message>
    <message>
        <source>Ready to check in</source>
        <translation>Sẵn sàng check-in</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Đã quét</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Lý do của máy chủ</translation>
    </message>
    <message>
        <source>The server refused these check-ins. Retry sends them again (e.g. after the problem was fixed on the server); Discard keeps them here as discarded.</source>
        <translation>Máy chủ đã từ chối các lượt check-in này. Thử lại sẽ gửi lại (ví dụ sau khi sự cố trên máy chủ đã được sửa); Bỏ qua giữ chúng ở đây dưới dạng đã bỏ.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ qua</translation>
    </message>
    <message numerus="yes">
        <source>Uploads are paused: {why}
%n check-in(s) made here are not on the server. They stay saved on this computer. Sign in with an account that may check attendees in (Change event → Sign out), or ask the organizer to give this account that right; then Sync now.</source>
        <translation>
            <numerusform>Tạm dừng tải lên: {why}
%n lượt check-in làm ở đây chưa có trên máy chủ. Chúng vẫn được lưu trên máy này. Hãy đăng nhập bằng tài khoản được phép check-in (Đổi sự kiện → Đăng xuất), hoặc nhờ ban tổ chức cấp quyền đó cho tài khoản này; rồi bấm Đồng bộ ngay.</numerusform>
        </translation>
    </message>
    <message>
        <source>badge printed</source>
        <translation>đã in thẻ tên</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) need a decision.</source>
        <translation>
            <numerusform>%n lượt check-in cần quyết định.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n check-in(s) of {names}? They will not be sent to the server.</source>
        <translation>
            <numerusform>Bỏ %n lượt check-in của {names}? Chúng sẽ không được gửi lên máy chủ.</numerusform>
        </translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>check-in</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>check-out</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(không có lý do)</translation>
    </message>
    <message>
        <source>No single check-in was refused: uploads as a whole are paused.</source>
        <translation>Không có lượt check-in riêng lẻ nào bị từ chối: toàn bộ tải lên đang tạm dừng.</translation>
    </message>
    <message>
        <source>No problems: every check-in was accepted or is waiting to upload.</source>
        <translation>Không có sự cố: mọi lượt check-in đã được chấp nhận hoặc đang chờ tải lên.</translation>
    </message>
    <message>
        <source>Validate only</source>
        <translation>Chỉ kiểm tra</translation>
    </message>
    <message>
        <source>Keyboard: {key}</source>
        <translation>Phím: {key}</translation>
    </message>
    <message>
        <source>Type a ticket code, e-mail or order number</source>
        <translation>Nhập mã vé, e-mail hoặc số đơn hàng</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>CHƯA LƯU</translation>
    </message>
    <message>
        <source>{n} of {total} checked in</source>
        <translation>{n} / {total} đã check-in</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>In the kiosk only</source>
        <translation>Chỉ ở kiosk</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Bật</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>zxing-cpp (fast, default)</source>
        <translation>zxing-cpp (nhanh, mặc định)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Sent to the server with each check-in, e.g. &apos;Door A&apos;.</source>
        <translation>Gửi lên máy chủ cùng mỗi lượt check-in, ví dụ &apos;Cửa A&apos;.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Tên thiết bị</translation>
    </message>
    <message>
        <source>Scan mode</source>
        <translation>Chế độ quét</translation>
    </message>
    <message>
        <source>Play a sound for each verdict</source>
        <translation>Phát âm thanh cho mỗi kết quả</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Âm thanh</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>QR decoder</source>
        <translation>Bộ giải mã QR</translation>
    </message>
    <message>
        <source>Download other doors&apos; check-ins every</source>
        <translation>Tải check-in của các cửa khác mỗi</translation>
    </message>
    <message>
        <source>Camera reads the same ticket again after</source>
        <translation>Camera đọc lại cùng vé sau</translation>
    </message>
    <message>
        <source>Kiosk shows a verdict for</source>
        <translation>Kiosk hiển thị kết quả trong</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
    <message>
        <source>Pseudo (finds cut-off text)</source>
        <translation>Giả lập (tìm chữ bị cắt)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Speak verdicts</source>
        <translation>Đọc kết quả thành tiếng</translation>
    </message>
    <message>
        <source>The device name must not be empty.</source>
        <translation>Tên thiết bị không được để trống.</translation>
    </message>
    <message>
        <source>The device name must not contain a comma.</source>
        <translation>Tên thiết bị không được chứa dấu phẩy.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>⚠ Not encrypted: {host}</source>
        <translation>⚠ Không mã hóa: {host}</translation>
    </message>
    <message>
        <source>This session was allowed to use plain http to {host}: the password, the session and attendee data can be read by anyone on the network.</source>
        <translation>Phiên này được phép dùng http không mã hóa tới {host}: ai trong mạng cũng đọc được mật khẩu, phiên và dữ liệu người tham dự.</translation>
    </message>
    <message>
        <source>Local only (no sync)</source>
        <translation>Chỉ cục bộ (không đồng bộ)</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <source>Offline — no connection; scans are saved and sent later</source>
        <translation>Ngoại tuyến — không có kết nối; lượt quét được lưu và gửi sau</translation>
    </message>
    <message>
        <source>Server error — scans are saved and sent later</source>
        <translation>Lỗi máy chủ — lượt quét được lưu và gửi sau</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>{n} waiting to upload</source>
        <translation>{n} đang chờ tải lên</translation>
    </message>
    <message>
        <source>⚠ Uploads paused — review</source>
        <translation>⚠ Tạm dừng tải lên — xem lại</translation>
    </message>
    <message>
        <source>⚠ {n} failed — review</source>
        <translation>⚠ {n} thất bại — xem lại</translation>
    </message>
    <message>
        <source>Uploads paused — nothing is sent to the server</source>
        <translation>Tạm dừng tải lên — không gửi gì lên máy chủ</translation>
    </message>
    <message>
        <source>Uploads paused: {why}</source>
        <translation>Tạm dừng tải lên: {why}</translation>
    </message>
    <message>
        <source>Last sync {when}</source>
        <translation>Đồng bộ lần cuối {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Chưa từng đồng bộ</translation>
    </message>
    <message>
        <source>{stage} %v / %m</source>
        <translation>{stage} %v / %m</translation>
    </message>
    <message>
        <source>Sync problem: {why}</source>
        <translation>Lỗi đồng bộ: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee record(s) from the server could not be read and were skipped.</source>
        <translation>
            <numerusform>%n bản ghi người tham dự từ máy chủ không đọc được và đã bị bỏ qua.</numerusform>
        </translation>
    </message>
    <message>
        <source>saved on this computer (no server)</source>
        <translation>đã lưu trên máy này (không có máy chủ)</translation>
    </message>
    <message>
        <source>● waiting to upload</source>
        <translation>● đang chờ tải lên</translation>
    </message>
    <message>
        <source>✓ on the server</source>
        <translation>✓ đã lên máy chủ</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Sẵn sàng quét</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s QR code up to the camera</source>
        <translation>Đưa mã QR trên vé trước camera</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>CHECKED IN</source>
        <translation>ĐÃ VÀO</translation>
    </message>
    <message>
        <source>ALREADY CHECKED IN</source>
        <translation>ĐÃ VÀO RỒI</translation>
    </message>
    <message>
        <source>CHECKED OUT</source>
        <translation>ĐÃ RA</translation>
    </message>
    <message>
        <source>NOT CHECKED IN</source>
        <translation>CHƯA VÀO</translation>
    </message>
    <message>
        <source>VALID TICKET</source>
        <translation>VÉ HỢP LỆ</translation>
    </message>
    <message>
        <source>UNKNOWN TICKET</source>
        <translation>VÉ KHÔNG RÕ</translation>
    </message>
    <message>
        <source>OTHER EVENT</source>
        <translation>SỰ KIỆN KHÁC</translation>
    </message>
    <message>
        <source>ORDER NOT VALID</source>
        <translation>ĐƠN KHÔNG HỢP LỆ</translation>
    </message>
    <message>
        <source>SEVERAL ATTENDEES</source>
        <translation>NHIỀU NGƯỜI</translation>
    </message>
    <message>
        <source>UNREADABLE CODE</source>
        <translation>MÃ KHÔNG ĐỌC ĐƯỢC</translation>
    </message>
    <message>
        <source>NOT VALID AT THIS DOOR</source>
        <translation>KHÔNG HỢP LỆ Ở CỬA NÀY</translation>
    </message>
    <message>
        <source>already checked in</source>
        <translation>đã vào rồi</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>đã ra</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>chưa vào</translation>
    </message>
    <message>
        <source>valid ticket</source>
        <translation>vé hợp lệ</translation>
    </message>
    <message>
        <source>unknown ticket</source>
        <translation>vé không rõ</translation>
    </message>
    <message>
        <source>other event</source>
        <translation>sự kiện khác</translation>
    </message>
    <message>
        <source>order not valid</source>
        <translation>đơn không hợp lệ</translation>
    </message>
    <message>
        <source>several attendees</source>
        <translation>nhiều người</translation>
    </message>
    <message>
        <source>unreadable code</source>
        <translation>mã không đọc được</translation>
    </message>
    <message>
        <source>not valid at this door</source>
        <translation>không hợp lệ ở cửa này</translation>
    </message>
    <message>
        <source>Checked in at {when} on {device}</source>
        <translation>Đã check-in lúc {when} tại {device}</translation>
    </message>
    <message>
        <source>Checked in at {when}</source>
        <translation>Đã check-in lúc {when}</translation>
    </message>
    <message>
        <source>{words} The order is not paid yet.</source>
        <translation>{words} Đơn hàng chưa được thanh toán.</translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation>Chào mừng, {name}!</translation>
    </message>
    <message>
        <source>Leaving: scan again to check back in</source>
        <translation>Ra ngoài: quét lại để vào lại</translation>
    </message>
    <message>
        <source>{when}. Validate only: nothing was recorded.</source>
        <translation>{when}. Chỉ kiểm tra: không ghi lại gì.</translation>
    </message>
    <message>
        <source>Not checked in yet. Validate only: nothing was recorded.</source>
        <translation>Chưa check-in. Chỉ kiểm tra: không ghi lại gì.</translation>
    </message>
    <message>
        <source>You are already in. If something is wrong, please see the desk.</source>
        <translation>Bạn đã vào rồi. Nếu có gì sai, vui lòng đến quầy.</translation>
    </message>
    <message>
        <source>Nothing to check out</source>
        <translation>Không có gì để check-out</translation>
    </message>
    <message>
        <source>No such ticket for this event</source>
        <translation>Không có vé này cho sự kiện này</translation>
    </message>
    <message>
        <source>Try again or type the code</source>
        <translation>Thử lại hoặc nhập mã</translation>
    </message>
    <message>
        <source>Not a ticket code: a number or e-mail counts only when typed at the desk</source>
        <translation>Không phải mã vé: số hoặc e-mail chỉ được chấp nhận khi nhập tại quầy</translation>
    </message>
    <message>
        <source>This ticket is for another event: {event}</source>
        <translation>Vé này thuộc sự kiện khác: {event}</translation>
    </message>
    <message>
        <source>This ticket is for another event</source>
        <translation>Vé này thuộc sự kiện khác</translation>
    </message>
    <message>
        <source>This code is for several people. Please scan your own ticket.</source>
        <translation>Mã này dành cho nhiều người. Vui lòng quét vé của riêng bạn.</translation>
    </message>
    <message numerus="yes">
        <source>Order with %n attendee(s): {names}. Scan each person&apos;s own ticket.</source>
        <translation>
            <numerusform>Đơn hàng có %n người: {names}. Mỗi người quét vé của riêng mình.</numerusform>
        </translation>
    </message>
    <message>
        <source>This ticket was cancelled or removed from the event</source>
        <translation>Vé này đã bị hủy hoặc bị gỡ khỏi sự kiện</translation>
    </message>
    <message>
        <source>The order is not paid yet: please see the staff at the desk</source>
        <translation>Đơn hàng chưa thanh toán: vui lòng gặp nhân viên ở quầy</translation>
    </message>
    <message>
        <source>Not paid: admit anyway? Enter = admit, Esc = refuse</source>
        <translation>Chưa thanh toán: vẫn cho vào? Enter = cho vào, Esc = từ chối</translation>
    </message>
    <message>
        <source>The order is not paid yet: this ticket is not valid</source>
        <translation>Đơn hàng chưa thanh toán: vé này không hợp lệ</translation>
    </message>
    <message>
        <source>The order was cancelled: this ticket is not valid</source>
        <translation>Đơn hàng đã bị hủy: vé này không hợp lệ</translation>
    </message>
    <message>
        <source>The order expired without payment: this ticket is not valid</source>
        <translation>Đơn hàng đã hết hạn mà chưa thanh toán: vé này không hợp lệ</translation>
    </message>
    <message>
        <source>The order was deleted on the server: this ticket is not valid</source>
        <translation>Đơn hàng đã bị xóa trên máy chủ: vé này không hợp lệ</translation>
    </message>
    <message>
        <source>An old code of a ticket that was issued again: ask for the new ticket</source>
        <translation>Mã cũ của vé đã được cấp lại: hãy xin vé mới</translation>
    </message>
    <message>
        <source>This code is blocked</source>
        <translation>Mã này đã bị khóa</translation>
    </message>
    <message>
        <source>This ticket type is not valid on the list {list}</source>
        <translation>Loại vé này không hợp lệ trong danh sách {list}</translation>
    </message>
    <message>
        <source>This ticket type is not valid on this door&apos;s list</source>
        <translation>Loại vé này không hợp lệ trong danh sách của cửa này</translation>
    </message>
    <message>
        <source>The entry rules of this list do not admit this ticket now: {why}</source>
        <translation>Quy tắc vào cửa của danh sách này hiện không cho vé này vào: {why}</translation>
    </message>
    <message>
        <source>The entry rules of this list do not admit this ticket now</source>
        <translation>Quy tắc vào cửa của danh sách này hiện không cho vé này vào</translation>
    </message>
    <message>
        <source>This list has entry rules only the server can check, and the server cannot be reached now: scan again when it can</source>
        <translation>Danh sách này có quy tắc mà chỉ máy chủ kiểm tra được, và hiện không kết nối được máy chủ: hãy quét lại khi kết nối được</translation>
    </message>
    <message>
        <source>Choose this door&apos;s check-in list first</source>
        <translation>Hãy chọn danh sách check-in của cửa này trước</translation>
    </message>
    <message>
        <source>This ticket is not valid at this time</source>
        <translation>Vé này không hợp lệ vào lúc này</translation>
    </message>
    <message>
        <source>Some questions for this ticket must be answered at the desk first</source>
        <translation>Một số câu hỏi của vé này phải được trả lời tại quầy trước</translation>
    </message>
    <message>
        <source>The server refused this ticket: {why}</source>
        <translation>Máy chủ đã từ chối vé này: {why}</translation>
    </message>
    <message>
        <source>The server failed while checking this ticket: nothing was recorded</source>
        <translation>Máy chủ gặp lỗi khi kiểm tra vé này: không ghi lại gì</translation>
    </message>
    <message>
        <source>Self check-in is closed at this door — please see the desk</source>
        <translation>Tự check-in đã đóng ở cửa này — vui lòng đến quầy</translation>
    </message>
    <message>
        <source>This door&apos;s check-in list was deleted on the server: choose another list</source>
        <translation>Danh sách check-in của cửa này đã bị xóa trên máy chủ: hãy chọn danh sách khác</translation>
    </message>
    <message>
        <source>Send the guest to the entrance of {event}, or search them by name.</source>
        <translation>Hướng khách đến lối vào của {event}, hoặc tìm khách theo tên.</translation>
    </message>
    <message>
        <source>Send the guest to that event&apos;s entrance, or search them by name.</source>
        <translation>Hướng khách đến lối vào của sự kiện đó, hoặc tìm khách theo tên.</translation>
    </message>
    <message>
        <source>The ticket was issued again with a new code: ask for the newest ticket (e-mail), or search the guest by name.</source>
        <translation>Vé đã được cấp lại với mã mới: hãy xin vé mới nhất (e-mail), hoặc tìm khách theo tên.</translation>
    </message>
    <message>
        <source>Ask the guest for another ticket, or search them by name: they may hold a new one.</source>
        <translation>Hãy xin khách vé khác, hoặc tìm khách theo tên: có thể họ có vé mới.</translation>
    </message>
    <message>
        <source>Looks like a ticket of this event that is not in the list yet (sold after the last download): look it up on the server, or search the guest by name.</source>
        <translation>Có vẻ là vé của sự kiện này nhưng chưa có trong danh sách (bán sau lần tải gần nhất): tra trên máy chủ, hoặc tìm khách theo tên.</translation>
    </message>
    <message>
        <source>This is a badge or a contact card, not a ticket: scan the ticket instead.</source>
        <translation>Đây là thẻ tên hoặc danh thiếp, không phải vé: hãy quét vé.</translation>
    </message>
    <message>
        <source>This code is from a different ticketing system or a web link: ask for the ticket of this event, or search the guest by name.</source>
        <translation>Mã này từ hệ thống vé khác hoặc là đường link web: hãy xin vé của sự kiện này, hoặc tìm khách theo tên.</translation>
    </message>
    <message>
        <source>This code is not on the imported list: search the guest by name.</source>
        <translation>Mã này không có trong danh sách đã nhập: hãy tìm khách theo tên.</translation>
    </message>
    <message>
        <source>Search the guest by name, or ask for the ticket&apos;s e-mail.</source>
        <translation>Tìm khách theo tên, hoặc hỏi e-mail của vé.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Chính</translation>
    </message>
    <message>
        <source>Change event</source>
        <translation>Đổi sự kiện</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Save the attendee list or the scan log as CSV</source>
        <translation>Lưu danh sách người tham dự hoặc nhật ký quét dạng CSV</translation>
    </message>
    <message>
        <source>Scanner set-up</source>
        <translation>Thiết lập máy quét</translation>
    </message>
    <message>
        <source>Test a USB barcode scanner once; the app corrects for it</source>
        <translation>Thử máy quét mã vạch USB một lần; ứng dụng sẽ tự điều chỉnh</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Is this computer ready for the doors? Every check, with the fix</source>
        <translation>Máy này đã sẵn sàng cho cửa chưa? Mọi bước kiểm tra, kèm cách khắc phục</translation>
    </message>
    <message>
        <source>Badges…</source>
        <translation>Thẻ tên…</translation>
    </message>
    <message>
        <source>Badge printer, size, and when a check-in prints a badge</source>
        <translation>Máy in thẻ tên, cỡ thẻ và khi nào check-in sẽ in thẻ</translation>
    </message>
    <message>
        <source>What the app did recently (for support)</source>
        <translation>Những gì ứng dụng đã làm gần đây (cho hỗ trợ)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Máy quét</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Người tham dự</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>The scanner works.</source>
        <translation>Máy quét hoạt động.</translation>
    </message>
    <message>
        <source>These are corrected for every scan from now on.</source>
        <translation>Từ giờ những điều này được sửa ở mỗi lượt quét.</translation>
    </message>
    <message>
        <source>It ends each code with Enter.</source>
        <translation>Nó kết thúc mỗi mã bằng Enter.</translation>
    </message>
    <message>
        <source>It ends each code with Tab.</source>
        <translation>Nó kết thúc mỗi mã bằng Tab.</translation>
    </message>
    <message>
        <source>It sends no Enter after a code: codes still work (the app waits for a short pause), but setting the scanner to send Enter answers a little faster.</source>
        <translation>Nó không gửi Enter sau mã: mã vẫn dùng được (ứng dụng chờ một quãng ngắn), nhưng cài máy quét gửi Enter sẽ trả lời nhanh hơn một chút.</translation>
    </message>
    <message>
        <source>It puts “{text}” in front of each code.</source>
        <translation>Nó thêm “{text}” trước mỗi mã.</translation>
    </message>
    <message>
        <source>It adds “{text}” after each code.</source>
        <translation>Nó thêm “{text}” sau mỗi mã.</translation>
    </message>
    <message>
        <source>It sends each code twice.</source>
        <translation>Nó gửi mỗi mã hai lần.</translation>
    </message>
    <message>
        <source>It types with a US keyboard layout while this computer uses a German one (y and z swapped, symbols moved).</source>
        <translation>Nó gõ theo bàn phím Mỹ trong khi máy này dùng bàn phím Đức (y và z đổi chỗ, ký hiệu bị dời).</translation>
    </message>
    <message>
        <source>Its keyboard layout differs from this computer&apos;s: {pairs}.</source>
        <translation>Bố cục bàn phím của nó khác với máy này: {pairs}.</translation>
    </message>
    <message>
        <source>Nothing arrived from the scanner.</source>
        <translation>Không nhận được gì từ máy quét.</translation>
    </message>
    <message>
        <source>Several different codes arrived. Scan only the test code, once.</source>
        <translation>Nhận được nhiều mã khác nhau. Chỉ quét mã thử, một lần.</translation>
    </message>
    <message>
        <source>What arrived is not the test code, and the app cannot tell how to correct it. Scan the test code (not a ticket), or reset the scanner to its factory settings.</source>
        <translation>Thứ nhận được không phải mã thử, và ứng dụng không biết cách sửa. Hãy quét mã thử (không phải vé), hoặc đặt lại máy quét về cài đặt gốc.</translation>
    </message>
    <message>
        <source>USB scanner set-up</source>
        <translation>Thiết lập máy quét USB</translation>
    </message>
    <message>
        <source>Scan this test code once with the USB scanner (from the screen, or from the printed test ticket). The app finds out what the scanner does to codes and corrects it from now on.</source>
        <translation>Quét mã thử này một lần bằng máy quét USB (trên màn hình hoặc trên vé thử đã in). Ứng dụng sẽ tìm ra máy quét làm gì với mã và tự sửa từ giờ.</translation>
    </message>
    <message>
        <source>Waiting for a scan…</source>
        <translation>Đang chờ quét…</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Quét lại</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Chưa thử</translation>
    </message>
    <message>
        <source>paired device</source>
        <translation>thiết bị đã ghép nối</translation>
    </message>
    <message>
        <source>team token</source>
        <translation>token nhóm</translation>
    </message>
    <message>
        <source>Ready for the doors?</source>
        <translation>Sẵn sàng cho cửa?</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <source>Checking… (the server has a few seconds to answer)</source>
        <translation>Đang kiểm tra… (máy chủ có vài giây để trả lời)</translation>
    </message>
    <message>
        <source>The check failed: {why}</source>
        <translation>Kiểm tra thất bại: {why}</translation>
    </message>
    <message>
        <source>Ready for the doors.</source>
        <translation>Sẵn sàng cho cửa.</translation>
    </message>
    <message numerus="yes">
        <source>Ready for the doors; look at the %n line(s) marked Look.</source>
        <translation>
            <numerusform>Sẵn sàng cho cửa; hãy xem %n dòng có đánh dấu Xem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready: fix the %n line(s) marked Fix first.</source>
        <translation>
            <numerusform>Chưa sẵn sàng: hãy sửa %n dòng có đánh dấu Sửa trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Sửa: {fix}</translation>
    </message>
    <message>
        <source>⚠ {n} check-ins have waited up to {minutes} min to upload although the server answers. Look at the status bar (paused uploads, sign-in) and at Problems.</source>
        <translation>⚠ {n} lượt check-in đã chờ tải lên đến {minutes} phút dù máy chủ vẫn trả lời. Hãy xem thanh trạng thái (tải lên tạm dừng, đăng nhập) và Sự cố.</translation>
    </message>
    <message>
        <source>Check-ins per minute per door, today</source>
        <translation>Check-in mỗi phút theo cửa, hôm nay</translation>
    </message>
    <message>
        <source>Verdict time p95: –</source>
        <translation>Thời gian ra kết quả p95: –</translation>
    </message>
    <message>
        <source>Verdict time p95: {ms} ms ({n} scans)</source>
        <translation>Thời gian ra kết quả p95: {ms} ms ({n} lượt quét)</translation>
    </message>
    <message>
        <source>Offline today: {minutes} min</source>
        <translation>Ngoại tuyến hôm nay: {minutes} phút</translation>
    </message>
    <message>
        <source>Waiting to upload: {n} (oldest {minutes} min)</source>
        <translation>Chờ tải lên: {n} (lâu nhất {minutes} phút)</translation>
    </message>
    <message>
        <source>Waiting to upload: 0</source>
        <translation>Chờ tải lên: 0</translation>
    </message>
    <message>
        <source>Busiest 15 min: {rate} check-ins/min; here {scans} scans/min</source>
        <translation>15 phút đông nhất: {rate} check-in/phút; tại đây {scans} lượt quét/phút</translation>
    </message>
    <message>
        <source>(unknown door)</source>
        <translation>(cửa không rõ)</translation>
    </message>
    <message>
        <source>Check-ins per minute per door, today (none yet)</source>
        <translation>Check-in mỗi phút theo cửa, hôm nay (chưa có)</translation>
    </message>
    <message>
        <source>check-ins/min</source>
        <translation>check-in/phút</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>The server does not know this ticket either: it is not a ticket of this event. Search the guest by name.</source>
        <translation>Máy chủ cũng không biết vé này: đây không phải vé của sự kiện này. Hãy tìm khách theo tên.</translation>
    </message>
    <message>
        <source>This code cannot be looked up: search the guest by name.</source>
        <translation>Không tra được mã này: hãy tìm khách theo tên.</translation>
    </message>
    <message>
        <source>Found on the server.</source>
        <translation>Đã tìm thấy trên máy chủ.</translation>
    </message>
    <message>
        <source>Look up online</source>
        <translation>Tra trực tuyến</translation>
    </message>
    <message>
        <source>Ask the server now whether it knows this ticket</source>
        <translation>Hỏi máy chủ ngay xem có biết vé này không</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Tìm theo tên</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Đang hỏi máy chủ…</translation>
    </message>
    <message>
        <source>Checked out: {name}.</source>
        <translation>Đã check-out: {name}.</translation>
    </message>
    <message>
        <source>Checked out.</source>
        <translation>Đã check-out.</translation>
    </message>
    <message>
        <source>Valid ticket (checked in at {when}).</source>
        <translation>Vé hợp lệ (đã check-in lúc {when}).</translation>
    </message>
    <message>
        <source>Valid ticket (not checked in).</source>
        <translation>Vé hợp lệ (chưa check-in).</translation>
    </message>
    <message>
        <source>Already checked in at {when} on {device}.</source>
        <translation>Đã check-in lúc {when} tại {device}.</translation>
    </message>
    <message>
        <source>Already checked in at {when}.</source>
        <translation>Đã check-in lúc {when}.</translation>
    </message>
    <message>
        <source>Not checked in: nothing to check out.</source>
        <translation>Chưa check-in: không có gì để check-out.</translation>
    </message>
    <message>
        <source>No such ticket for this event.</source>
        <translation>Không có vé này cho sự kiện này.</translation>
    </message>
    <message>
        <source>Unreadable code: not a ticket.</source>
        <translation>Mã không đọc được: không phải vé.</translation>
    </message>
    <message>
        <source>Not a ticket code: an attendee number or e-mail address is accepted only when typed at the desk.</source>
        <translation>Không phải mã vé: số người tham dự hoặc e-mail chỉ được chấp nhận khi nhập tại quầy.</translation>
    </message>
    <message>
        <source>This ticket belongs to another event ({event}).</source>
        <translation>Vé này thuộc sự kiện khác ({event}).</translation>
    </message>
    <message>
        <source>This ticket belongs to another event.</source>
        <translation>Vé này thuộc sự kiện khác.</translation>
    </message>
    <message>
        <source>This code matches {n} attendees: {names}. Scan each attendee&apos;s own ticket.</source>
        <translation>Mã này khớp với {n} người tham dự: {names}. Mỗi người quét vé của riêng mình.</translation>
    </message>
    <message>
        <source>This ticket was cancelled or removed from the event.</source>
        <translation>Vé này đã bị hủy hoặc bị gỡ khỏi sự kiện.</translation>
    </message>
    <message>
        <source>Order not paid: this list admits it only when a person confirms (checkin --admit-unpaid).</source>
        <translation>Đơn chưa thanh toán: danh sách này chỉ cho vào khi có người xác nhận (checkin --admit-unpaid).</translation>
    </message>
    <message>
        <source>Order not paid: this ticket is not valid.</source>
        <translation>Đơn chưa thanh toán: vé này không hợp lệ.</translation>
    </message>
    <message>
        <source>Order cancelled: this ticket is not valid.</source>
        <translation>Đơn đã hủy: vé này không hợp lệ.</translation>
    </message>
    <message>
        <source>Order expired (never paid): this ticket is not valid.</source>
        <translation>Đơn hết hạn (chưa bao giờ thanh toán): vé này không hợp lệ.</translation>
    </message>
    <message>
        <source>Order deleted on the server: this ticket is not valid.</source>
        <translation>Đơn đã bị xóa trên máy chủ: vé này không hợp lệ.</translation>
    </message>
    <message>
        <source>This code was replaced by a new ticket: it is no longer valid.</source>
        <translation>Mã này đã được thay bằng vé mới: không còn hợp lệ.</translation>
    </message>
    <message>
        <source>This code is blocked on the server.</source>
        <translation>Mã này bị khóa trên máy chủ.</translation>
    </message>
    <message>
        <source>This ticket&apos;s product is not valid on the check-in list ({list}).</source>
        <translation>Sản phẩm của vé này không hợp lệ trong danh sách check-in ({list}).</translation>
    </message>
    <message>
        <source>This ticket&apos;s product is not valid on the check-in list.</source>
        <translation>Sản phẩm của vé này không hợp lệ trong danh sách check-in.</translation>
    </message>
    <message>
        <source>The rules of this check-in list do not admit this ticket now ({why}).</source>
        <translation>Quy tắc của danh sách check-in này hiện không cho vé này vào ({why}).</translation>
    </message>
    <message>
        <source>The rules of this check-in list do not admit this ticket now.</source>
        <translation>Quy tắc của danh sách check-in này hiện không cho vé này vào.</translation>
    </message>
    <message>
        <source>The list has entry rules that only the server can check, and the server cannot be reached now; scan again when it can.</source>
        <translation>Danh sách có quy tắc vào cửa mà chỉ máy chủ kiểm tra được, và hiện không kết nối được máy chủ; hãy quét lại khi kết nối được.</translation>
    </message>
    <message>
        <source>This door&apos;s check-in list was deleted on the server: choose another list.</source>
        <translation>Danh sách check-in của cửa này đã bị xóa trên máy chủ: hãy chọn danh sách khác.</translation>
    </message>
    <message>
        <source>Send the guest to that event&apos;s entrance, or search by name: {search}.</source>
        <translation>Hãy chỉ khách đến lối vào của sự kiện đó, hoặc tìm theo tên: {search}.</translation>
    </message>
    <message>
        <source>The ticket was issued again: ask for the newest ticket, or {search}.</source>
        <translation>Vé đã được cấp lại: hãy yêu cầu vé mới nhất, hoặc {search}.</translation>
    </message>
    <message>
        <source>Ask for another ticket, or search by name: {search}.</source>
        <translation>Hãy yêu cầu vé khác, hoặc tìm theo tên: {search}.</translation>
    </message>
    <message>
        <source>Looks like a ticket of this event sold after the last download: run {sync} and scan again, or {search}.</source>
        <translation>Có vẻ là vé của sự kiện này được bán sau lần tải về gần nhất: hãy chạy {sync} rồi quét lại, hoặc {search}.</translation>
    </message>
    <message>
        <source>A badge or contact card, not a ticket: scan the ticket instead.</source>
        <translation>Đây là thẻ tên hoặc danh thiếp, không phải vé: hãy quét vé.</translation>
    </message>
    <message>
        <source>A code from a different ticketing system or a web link; or {search}.</source>
        <translation>Mã của một hệ thống bán vé khác hoặc một liên kết web; hoặc {search}.</translation>
    </message>
    <message>
        <source>Not on the imported list; search by name: {search}.</source>
        <translation>Không có trong danh sách đã nhập; tìm theo tên: {search}.</translation>
    </message>
    <message>
        <source>Search by name: {search}.</source>
        <translation>Tìm theo tên: {search}.</translation>
    </message>
    <message>
        <source> (oldest {minutes} min)</source>
        <translation> (lâu nhất {minutes} phút)</translation>
    </message>
    <message numerus="yes">
        <source>Today: verdict time p95 {p95} over %n scan(s); offline {minutes} min; waiting to upload {waiting}{oldest}</source>
        <translation>
            <numerusform>Hôm nay: thời gian phán quyết p95 {p95} qua %n lần quét; ngoại tuyến {minutes} phút; chờ tải lên {waiting}{oldest}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{door}: %n check-in(s) today, busiest 15 min {rate}/min</source>
        <translation>
            <numerusform>{door}: %n lượt check-in hôm nay, 15 phút đông nhất {rate}/phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>scans here on {door}: %n today (every verdict), busiest 15 min {rate}/min</source>
        <translation>
            <numerusform>lượt quét tại đây trên {door}: %n hôm nay (mọi phán quyết), 15 phút đông nhất {rate}/phút</numerusform>
        </translation>
    </message>
    <message>
        <source>ALERT: check-ins have waited over 5 minutes to upload although the server answers: check `orga-app problems` and whether uploads are paused.</source>
        <translation>CẢNH BÁO: các lượt check-in đã chờ tải lên hơn 5 phút dù máy chủ vẫn trả lời: hãy kiểm tra `orga-app problems` và xem việc tải lên có đang tạm dừng không.</translation>
    </message>
    <message>
        <source>No badge printer chosen (--printer NAME, or the badge_printer setting).</source>
        <translation>Chưa chọn máy in thẻ tên (--printer TÊN, hoặc thiết lập badge_printer).</translation>
    </message>
    <message>
        <source>There is no printer {printer} on this computer.</source>
        <translation>Không có máy in {printer} trên máy tính này.</translation>
    </message>
    <message>
        <source>Printer {printer} is paused or in error (paper, cover, offline).</source>
        <translation>Máy in {printer} đang tạm dừng hoặc bị lỗi (giấy, nắp, ngoại tuyến).</translation>
    </message>
    <message>
        <source>Printer {printer} did not take the job.</source>
        <translation>Máy in {printer} không nhận lệnh in.</translation>
    </message>
    <message>
        <source>Choose this door&apos;s check-in list first (sign-in, event).</source>
        <translation>Hãy chọn danh sách check-in của cửa này trước (đăng nhập, sự kiện).</translation>
    </message>
    <message>
        <source>This ticket is not valid at this time.</source>
        <translation>Vé này không hợp lệ vào lúc này.</translation>
    </message>
    <message>
        <source>Questions for this ticket must be answered first.</source>
        <translation>Phải trả lời các câu hỏi của vé này trước.</translation>
    </message>
    <message>
        <source>The server refused this ticket ({why}); nothing was recorded.</source>
        <translation>Máy chủ đã từ chối vé này ({why}); không ghi lại gì.</translation>
    </message>
    <message>
        <source>The server failed while checking this ticket; nothing was recorded.</source>
        <translation>Máy chủ gặp lỗi khi kiểm tra vé này; không ghi lại gì.</translation>
    </message>
    <message>
        <source>no badge printer is chosen (Badges…)</source>
        <translation>chưa chọn máy in thẻ tên (Thẻ tên…)</translation>
    </message>
    <message>
        <source>printer “{printer}” is not connected</source>
        <translation>máy in “{printer}” chưa kết nối</translation>
    </message>
    <message>
        <source>printer “{printer}” is paused or has a problem (paper, cover, offline)</source>
        <translation>máy in “{printer}” đang tạm dừng hoặc gặp sự cố (giấy, nắp, ngoại tuyến)</translation>
    </message>
    <message>
        <source>printer “{printer}” did not take the job</source>
        <translation>máy in “{printer}” không nhận lệnh in</translation>
    </message>
    <message>
        <source>Badge printed: {name}</source>
        <translation>Đã in thẻ tên: {name}</translation>
    </message>
    <message>
        <source>Badge of {name} not printed: {why}. It waits for Retry badges.</source>
        <translation>Chưa in được thẻ tên của {name}: {why}. Thẻ chờ In lại thẻ tên.</translation>
    </message>
    <message>
        <source>Offline verdicts: the server did not answer in time; asking again soon</source>
        <translation>Kết quả ngoại tuyến: máy chủ không trả lời kịp; sẽ hỏi lại sớm</translation>
    </message>
    <message>
        <source>Offline verdicts: the server refused this door&apos;s sign-in; sign in again</source>
        <translation>Kết quả ngoại tuyến: máy chủ từ chối đăng nhập của cửa này; hãy đăng nhập lại</translation>
    </message>
    <message>
        <source>Admit anyway (Enter)</source>
        <translation>Vẫn cho vào (Enter)</translation>
    </message>
    <message>
        <source>Refuse (Esc)</source>
        <translation>Từ chối (Esc)</translation>
    </message>
    <message>
        <source>[pending upload]</source>
        <translation>[chờ tải lên]</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message numerus="yes">
        <source>{event}: {checked_in}/%n attendee(s) checked in</source>
        <translation>
            <numerusform>{event}: {checked_in}/%n người tham dự đã check-in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending upload</source>
        <translation>
            <numerusform>%n chờ tải lên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n thất bại</numerusform>
        </translation>
    </message>
    <message>
        <source>last upload {upload}, last download {download}</source>
        <translation>lần tải lên gần nhất {upload}, lần tải về gần nhất {download}</translation>
    </message>
    <message>
        <source>no attendees match</source>
        <translation>không có người tham dự nào khớp</translation>
    </message>
    <message numerus="yes">
        <source>exported %n attendee(s) to {file}</source>
        <translation>
            <numerusform>đã xuất %n người tham dự vào {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>không có tệp: {path}</translation>
    </message>
    <message>
        <source>skipped line {line}: {why}</source>
        <translation>đã bỏ qua dòng {line}: {why}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>lưu ý: {note}</translation>
    </message>
    <message numerus="yes">
        <source>imported %n attendee(s) into local event {event} ({skipped} skipped)</source>
        <translation>
            <numerusform>đã nhập %n người tham dự vào sự kiện cục bộ {event} (bỏ qua {skipped})</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot use data dir {where}: {detail}</source>
        <translation>không dùng được thư mục dữ liệu {where}: {detail}</translation>
    </message>
    <message>
        <source>cannot use the per-user data dir: {detail}</source>
        <translation>không dùng được thư mục dữ liệu của người dùng: {detail}</translation>
    </message>
    <message>
        <source>the local database failed, nothing was saved: {detail}</source>
        <translation>cơ sở dữ liệu cục bộ bị lỗi, không có gì được lưu: {detail}</translation>
    </message>
    <message>
        <source>no attendee of this event has the code {code}</source>
        <translation>không người tham dự nào của sự kiện này có mã {code}</translation>
    </message>
    <message>
        <source>several attendees share the code {code}</source>
        <translation>nhiều người tham dự dùng chung mã {code}</translation>
    </message>
    <message>
        <source>badge of {name} written to {file}</source>
        <translation>đã ghi thẻ tên của {name} vào {file}</translation>
    </message>
    <message>
        <source>the badge could not be printed (see the log)</source>
        <translation>không in được thẻ tên (xem nhật ký)</translation>
    </message>
    <message>
        <source>not printed: {why}</source>
        <translation>chưa in: {why}</translation>
    </message>
    <message>
        <source>badge of {name} sent to {printer}</source>
        <translation>đã gửi thẻ tên của {name} tới {printer}</translation>
    </message>
    <message>
        <source>no such event {event} in this data dir (run `orga-app events` or `orga-app sync` first)</source>
        <translation>không có sự kiện {event} trong thư mục dữ liệu này (hãy chạy `orga-app events` hoặc `orga-app sync` trước)</translation>
    </message>
    <message>
        <source>camera or video stopped: {why}</source>
        <translation>camera hoặc video đã dừng: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) read, {accepted} accepted</source>
        <translation>
            <numerusform>đã đọc %n vé, chấp nhận {accepted}</numerusform>
        </translation>
    </message>
    <message>
        <source>fix: {fix}</source>
        <translation>cách sửa: {fix}</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>sẵn sàng</translation>
    </message>
    <message>
        <source>NOT READY: fix the [FAIL] lines first</source>
        <translation>CHƯA SẴN SÀNG: hãy sửa các dòng [FAIL] trước</translation>
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
        <translation>cách dùng: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>đối số vị trí</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>hiện trợ giúp này rồi thoát</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>hiện số phiên bản của chương trình rồi thoát</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>đối số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>đối số không nhận ra: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>không được dùng cùng đối số %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>cần các đối số sau: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>cần một trong các đối số %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>cần một giá trị</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>giá trị %(type)s không hợp lệ: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tùy chọn mơ hồ: %(option)s có thể khớp %(matches)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: lỗi: %(message)s</translation>
    </message>
    <message>
        <source>--pretix-token-stdin needs --organizer</source>
        <translation>--pretix-token-stdin cần --organizer</translation>
    </message>
    <message>
        <source>empty API token</source>
        <translation>token API trống</translation>
    </message>
    <message>
        <source>{why} (or pass --insecure to this command)</source>
        <translation>{why} (hoặc thêm --insecure vào lệnh này)</translation>
    </message>
    <message>
        <source>sign-in failed: {why}</source>
        <translation>đăng nhập thất bại: {why}</translation>
    </message>
    <message>
        <source> as device {device}</source>
        <translation> với thiết bị {device}</translation>
    </message>
    <message numerus="yes">
        <source>signed in to {server} ({kind}){device} as {account}; %n event(s)</source>
        <translation>
            <numerusform>đã đăng nhập {server} ({kind}){device} bằng {account}; %n sự kiện</numerusform>
        </translation>
    </message>
    <message>
        <source>{why} (run `orga-app login`)</source>
        <translation>{why} (hãy chạy `orga-app login`)</translation>
    </message>
    <message>
        <source>no event {event} on this computer</source>
        <translation>không có sự kiện {event} trên máy tính này</translation>
    </message>
    <message>
        <source>event {event} is not on a pretix-type server</source>
        <translation>sự kiện {event} không nằm trên máy chủ kiểu pretix</translation>
    </message>
    <message>
        <source>[this door: {direction}]</source>
        <translation>[cửa này: {direction}]</translation>
    </message>
    <message>
        <source>no check-in lists cached for this event: run `orga-app events`</source>
        <translation>chưa lưu danh sách check-in nào cho sự kiện này: hãy chạy `orga-app events`</translation>
    </message>
    <message>
        <source>no list chosen: `orga-app lists --event ID --choose LIST_ID [--exit]`</source>
        <translation>chưa chọn danh sách: `orga-app lists --event ID --choose LIST_ID [--exit]`</translation>
    </message>
    <message>
        <source>give --email (or --pair / --pretix-token-stdin for pretix)</source>
        <translation>hãy cho --email (hoặc --pair / --pretix-token-stdin cho pretix)</translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation>Mật khẩu của {email}: </translation>
    </message>
    <message>
        <source>give the password on stdin with --password-stdin</source>
        <translation>hãy đưa mật khẩu qua đầu vào chuẩn với --password-stdin</translation>
    </message>
    <message>
        <source>empty password</source>
        <translation>mật khẩu trống</translation>
    </message>
    <message numerus="yes">
        <source>signed in to {server} as {email}; %n event(s)</source>
        <translation>
            <numerusform>đã đăng nhập {server} bằng {email}; %n sự kiện</numerusform>
        </translation>
    </message>
    <message>
        <source>signed out (local data kept)</source>
        <translation>đã đăng xuất (giữ dữ liệu cục bộ)</translation>
    </message>
    <message>
        <source>no event {event} on the server</source>
        <translation>không có sự kiện {event} trên máy chủ</translation>
    </message>
    <message>
        <source>{why}; showing cached events</source>
        <translation>{why}; đang hiện các sự kiện đã lưu</translation>
    </message>
    <message>
        <source>no events: sign in with `orga-app login` or import a CSV list</source>
        <translation>không có sự kiện: hãy đăng nhập bằng `orga-app login` hoặc nhập danh sách CSV</translation>
    </message>
    <message>
        <source>no event {event}: run `orga-app events`</source>
        <translation>không có sự kiện {event}: hãy chạy `orga-app events`</translation>
    </message>
    <message>
        <source>no such event {event} on the server</source>
        <translation>không có sự kiện {event} trên máy chủ</translation>
    </message>
    <message numerus="yes">
        <source>uploaded %n</source>
        <translation>
            <numerusform>đã tải lên %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>failed %n</source>
        <translation>
            <numerusform>thất bại %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pending %n</source>
        <translation>
            <numerusform>đang chờ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>downloaded %n attendee(s) in {seconds} s</source>
        <translation>
            <numerusform>đã tải về %n người tham dự trong {seconds} giây</numerusform>
        </translation>
    </message>
    <message>
        <source>error: {error}</source>
        <translation>lỗi: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n failed upload(s)</source>
        <translation>
            <numerusform>%n lần tải lên thất bại</numerusform>
        </translation>
    </message>
    <message>
        <source>(retry queued)</source>
        <translation>(đã xếp lịch thử lại)</translation>
    </message>
    <message>
        <source>This account is a server admin without a role in any event: open an event by its number or identifier.</source>
        <translation>Tài khoản này là quản trị máy chủ nhưng không có vai trò trong sự kiện nào: hãy mở sự kiện theo số hoặc mã định danh.</translation>
    </message>
    <message>
        <source>Signed in, but the event list could not be read: {why}</source>
        <translation>Đã đăng nhập, nhưng không đọc được danh sách sự kiện: {why}</translation>
    </message>
    <message>
        <source>No events for this organizer yet.</source>
        <translation>Nhà tổ chức này chưa có sự kiện nào.</translation>
    </message>
    <message>
        <source>No camera chosen (USB scanner only).</source>
        <translation>Chưa chọn camera (chỉ dùng máy quét USB).</translation>
    </message>
    <message>
        <source>Plug the camera in, close other programs that use it, or choose another camera in Settings; then check again.</source>
        <translation>Cắm camera vào, đóng các chương trình khác đang dùng nó, hoặc chọn camera khác trong Cài đặt; rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>The code reader {name} cannot start: {error}</source>
        <translation>Bộ đọc mã {name} không khởi động được: {error}</translation>
    </message>
    <message>
        <source>Choose another decoder in Settings.</source>
        <translation>Chọn bộ giải mã khác trong Cài đặt.</translation>
    </message>
    <message>
        <source>Does not open: {error}</source>
        <translation>Không mở được: {error}</translation>
    </message>
    <message>
        <source>Stopped giving pictures: {error}</source>
        <translation>Đã ngừng cho hình: {error}</translation>
    </message>
    <message>
        <source>Opens and reads the printable test ticket.</source>
        <translation>Mở được và đọc được vé thử có thể in.</translation>
    </message>
    <message>
        <source>Opens and reads codes (read “{code}”).</source>
        <translation>Mở được và đọc được mã (đã đọc “{code}”).</translation>
    </message>
    <message>
        <source>Opens and reads codes.</source>
        <translation>Mở được và đọc được mã.</translation>
    </message>
    <message>
        <source>Opens but gives no picture.</source>
        <translation>Mở được nhưng không có hình.</translation>
    </message>
    <message>
        <source>Gives pictures ({frames} frames) but saw no code.</source>
        <translation>Có hình ({frames} khung) nhưng không thấy mã nào.</translation>
    </message>
    <message>
        <source>Hold a ticket (or the printable test ticket) in front of the camera and check again.</source>
        <translation>Đưa một vé (hoặc vé thử có thể in) trước camera rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Danh sách người tham dự</translation>
    </message>
    <message>
        <source>A list imported from a file: nothing to download.</source>
        <translation>Danh sách nhập từ tệp: không có gì để tải về.</translation>
    </message>
    <message>
        <source>Download the list again now (Sync now, or `orga-app sync --event {event}`).</source>
        <translation>Tải lại danh sách ngay (Đồng bộ ngay, hoặc `orga-app sync --event {event}`).</translation>
    </message>
    <message>
        <source>Never downloaded: every ticket would be refused as unknown.</source>
        <translation>Chưa từng tải về: mọi vé sẽ bị từ chối vì không rõ.</translation>
    </message>
    <message>
        <source>Downloaded later than this computer&apos;s clock says it is now.</source>
        <translation>Được tải về muộn hơn giờ hiện tại theo đồng hồ máy tính này.</translation>
    </message>
    <message>
        <source>Last complete download {age} ago: tickets sold or changed since are not known here.</source>
        <translation>Lần tải về đầy đủ gần nhất cách đây {age}: vé bán hoặc thay đổi từ đó chưa có ở đây.</translation>
    </message>
    <message>
        <source>Last complete download {age} ago.</source>
        <translation>Lần tải về đầy đủ gần nhất cách đây {age}.</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Tải lên</translation>
    </message>
    <message>
        <source>Do what the reason says (often: sign in again), then sync.</source>
        <translation>Làm theo lý do được nêu (thường là: đăng nhập lại), rồi đồng bộ.</translation>
    </message>
    <message>
        <source>{failed} check-in(s) refused by the server, {pending} waiting to upload.</source>
        <translation>{failed} lượt check-in bị máy chủ từ chối, {pending} đang chờ tải lên.</translation>
    </message>
    <message>
        <source>Open Problems and retry or discard each refused check-in.</source>
        <translation>Mở Sự cố rồi thử lại hoặc bỏ từng lượt check-in bị từ chối.</translation>
    </message>
    <message>
        <source>{pending} check-in(s) waiting to upload.</source>
        <translation>{pending} lượt check-in đang chờ tải lên.</translation>
    </message>
    <message>
        <source>Connect to the network and sync; they upload by themselves when online.</source>
        <translation>Kết nối mạng và đồng bộ; khi có mạng chúng tự tải lên.</translation>
    </message>
    <message>
        <source>Every check-in is on the server.</source>
        <translation>Mọi lượt check-in đã có trên máy chủ.</translation>
    </message>
    <message>
        <source>Kiosk exit PIN</source>
        <translation>PIN thoát kiosk</translation>
    </message>
    <message>
        <source>Set.</source>
        <translation>Đã đặt.</translation>
    </message>
    <message>
        <source>No kiosk on this computer.</source>
        <translation>Không có kiosk trên máy tính này.</translation>
    </message>
    <message>
        <source>Not set: the kiosk would ask for one at its first start, in front of guests.</source>
        <translation>Chưa đặt: kiosk sẽ hỏi PIN ở lần khởi động đầu, ngay trước mặt khách.</translation>
    </message>
    <message>
        <source>Start the kiosk (`orga-app gui --kiosk`) now and set a PIN of 4 to 8 digits.</source>
        <translation>Khởi động kiosk ngay (`orga-app gui --kiosk`) và đặt PIN 4 đến 8 chữ số.</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>Dung lượng trống</translation>
    </message>
    <message>
        <source>{mb} MB left for the local data.</source>
        <translation>Còn {mb} MB cho dữ liệu cục bộ.</translation>
    </message>
    <message>
        <source>Free some disk space (delete or move large files), then check again.</source>
        <translation>Giải phóng dung lượng đĩa (xóa hoặc chuyển các tệp lớn), rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>Local data file</source>
        <translation>Tệp dữ liệu cục bộ</translation>
    </message>
    <message>
        <source>Do not scan with this file. Keep a copy of the data folder for support, then sign in on a fresh data folder and download the event again.</source>
        <translation>Đừng quét với tệp này. Giữ một bản sao thư mục dữ liệu cho bộ phận hỗ trợ, rồi đăng nhập với thư mục dữ liệu mới và tải lại sự kiện.</translation>
    </message>
    <message>
        <source>Cannot be read: {error}</source>
        <translation>Không đọc được: {error}</translation>
    </message>
    <message>
        <source>Intact (quick check).</source>
        <translation>Nguyên vẹn (kiểm tra nhanh).</translation>
    </message>
    <message>
        <source>Damaged: {first}</source>
        <translation>Bị hỏng: {first}</translation>
    </message>
    <message>
        <source>Upload rights</source>
        <translation>Quyền tải lên</translation>
    </message>
    <message>
        <source>The server refuses this {who}: {why}</source>
        <translation>Máy chủ từ chối {who} này: {why}</translation>
    </message>
    <message>
        <source>Pair this computer again with a new token from the organizer (Sign in).</source>
        <translation>Ghép nối lại máy tính này bằng token mới từ nhà tổ chức (Đăng nhập).</translation>
    </message>
    <message>
        <source>The door&apos;s check-in list is gone from the server.</source>
        <translation>Danh sách check-in của cửa này không còn trên máy chủ.</translation>
    </message>
    <message>
        <source>Choose this door&apos;s check-in list again on the events page.</source>
        <translation>Chọn lại danh sách check-in của cửa này trên trang sự kiện.</translation>
    </message>
    <message>
        <source>Server not reached ({why}).</source>
        <translation>Không kết nối được máy chủ ({why}).</translation>
    </message>
    <message>
        <source>Connect and check again.</source>
        <translation>Kết nối rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>May check people in on the list “{name}” as a {who}; the scan time goes up with each.</source>
        <translation>Được check-in trên danh sách “{name}” ({who}); thời gian quét được gửi kèm mỗi lượt.</translation>
    </message>
    <message>
        <source>No check-in list chosen for this door: every scan would be refused.</source>
        <translation>Chưa chọn danh sách check-in cho cửa này: mọi lượt quét sẽ bị từ chối.</translation>
    </message>
    <message>
        <source>Choose the door&apos;s check-in list on the events page (or `orga-app lists`).</source>
        <translation>Chọn danh sách check-in của cửa trên trang sự kiện (hoặc `orga-app lists`).</translation>
    </message>
    <message>
        <source>Not compared for this server type (the list counts only what it admits).</source>
        <translation>Không so sánh với loại máy chủ này (danh sách chỉ đếm những gì nó cho vào).</translation>
    </message>
    <message>
        <source>Attendees against the server</source>
        <translation>Người tham dự so với máy chủ</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>Máy in thẻ tên</translation>
    </message>
    <message>
        <source>“{name}” takes jobs.</source>
        <translation>“{name}” nhận lệnh in.</translation>
    </message>
    <message>
        <source>Badges print at check-in, but no printer is chosen.</source>
        <translation>Thẻ tên được in khi check-in, nhưng chưa chọn máy in.</translation>
    </message>
    <message>
        <source>Choose the badge printer in the Badges settings.</source>
        <translation>Chọn máy in thẻ tên trong cài đặt Thẻ tên.</translation>
    </message>
    <message>
        <source>“{name}” is not there (unplugged, renamed or removed).</source>
        <translation>Không thấy “{name}” (đã rút, đổi tên hoặc gỡ bỏ).</translation>
    </message>
    <message>
        <source>Plug it in and switch it on, or choose another printer in the Badges settings.</source>
        <translation>Cắm và bật máy in, hoặc chọn máy in khác trong cài đặt Thẻ tên.</translation>
    </message>
    <message>
        <source>“{name}” is stopped (paused, out of paper or offline).</source>
        <translation>“{name}” đã dừng (tạm dừng, hết giấy hoặc ngoại tuyến).</translation>
    </message>
    <message>
        <source>Fix the printer (paper, cable, power), then resume it in the system&apos;s printers.</source>
        <translation>Sửa máy in (giấy, cáp, nguồn), rồi cho chạy lại trong mục máy in của hệ thống.</translation>
    </message>
    <message>
        <source>No server: a list imported from a file.</source>
        <translation>Không có máy chủ: danh sách nhập từ tệp.</translation>
    </message>
    <message>
        <source>Not signed in to this event&apos;s server.</source>
        <translation>Chưa đăng nhập vào máy chủ của sự kiện này.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Đồng hồ</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>Kiểm tra thất bại: {error}</translation>
    </message>
    <message>
        <source>Choose another camera in Settings; then check again.</source>
        <translation>Chọn camera khác trong Cài đặt; rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in: {why}</source>
        <translation>Máy chủ không còn chấp nhận lần đăng nhập này: {why}</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Đăng nhập lại.</translation>
    </message>
    <message>
        <source>Connect to the network and check again.</source>
        <translation>Kết nối mạng rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>The server does not tell this account&apos;s role; uploads will try and say so if the server refuses them.</source>
        <translation>Máy chủ không cho biết vai trò của tài khoản này; việc tải lên sẽ thử và báo lại nếu máy chủ từ chối.</translation>
    </message>
    <message>
        <source>Ask the event&apos;s owner to make this account co-organizer (or organizer), or sign in as a server admin.</source>
        <translation>Hãy nhờ chủ sự kiện đặt tài khoản này làm đồng tổ chức (hoặc nhà tổ chức), hoặc đăng nhập bằng quản trị máy chủ.</translation>
    </message>
    <message>
        <source>May check people in as {role}, through a registration station: the server records its own upload time and cannot record check-outs.</source>
        <translation>Được check-in với vai trò {role}, qua một trạm đăng ký: máy chủ ghi thời gian tải lên của riêng nó và không ghi được check-out.</translation>
    </message>
    <message>
        <source>May check people in as {role}: scan time and door name go up with each check-in.</source>
        <translation>Được check-in với vai trò {role}: thời gian quét và tên cửa được gửi kèm mỗi lượt check-in.</translation>
    </message>
    <message>
        <source>Download the list again now.</source>
        <translation>Tải lại danh sách ngay.</translation>
    </message>
    <message>
        <source>{local} here; could not compare ({why}).</source>
        <translation>{local} ở đây; không so sánh được ({why}).</translation>
    </message>
    <message>
        <source>{local} here, as on the server.</source>
        <translation>{local} ở đây, giống trên máy chủ.</translation>
    </message>
    <message>
        <source>{missing} attendee(s) on the server are not on this computer ({local} of {server}): their tickets would be refused as unknown.</source>
        <translation>{missing} người tham dự trên máy chủ không có trên máy tính này ({local} trên {server}): vé của họ sẽ bị từ chối vì không rõ.</translation>
    </message>
    <message>
        <source>{extra} attendee(s) here are no longer on the server ({local} here, {server} there).</source>
        <translation>{extra} người tham dự ở đây không còn trên máy chủ ({local} ở đây, {server} ở đó).</translation>
    </message>
    <message>
        <source>Could not compare with the server&apos;s clock ({why}).</source>
        <translation>Không so sánh được với đồng hồ của máy chủ ({why}).</translation>
    </message>
    <message>
        <source>Within {off} of the server&apos;s clock.</source>
        <translation>Lệch không quá {off} so với đồng hồ máy chủ.</translation>
    </message>
    <message>
        <source>Set date and time automatically (network time) in the system settings, or correct the clock and time zone by hand; then check again.</source>
        <translation>Bật ngày giờ tự động (giờ mạng) trong cài đặt hệ thống, hoặc chỉnh tay đồng hồ và múi giờ; rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>USB scanner</source>
        <translation>Máy quét USB</translation>
    </message>
    <message>
        <source>Set up: {found}.</source>
        <translation>Đã thiết lập: {found}.</translation>
    </message>
    <message>
        <source>The last set-up failed: {why}.</source>
        <translation>Lần thiết lập gần nhất thất bại: {why}.</translation>
    </message>
    <message>
        <source>Run the scanner set-up again with the test code, or scan with the camera.</source>
        <translation>Chạy lại thiết lập máy quét với mã thử, hoặc quét bằng camera.</translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation>Chưa kiểm tra.</translation>
    </message>
    <message>
        <source>If this door uses a USB barcode scanner, run the scanner set-up once.</source>
        <translation>Nếu cửa này dùng máy quét mã vạch USB, hãy chạy thiết lập máy quét một lần.</translation>
    </message>
</context>
</TS>
