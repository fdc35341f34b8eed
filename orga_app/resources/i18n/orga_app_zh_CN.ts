<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Uploads are paused: {why}</source>
        <translation>上传已暂停：{why}</translation>
    </message>
    <message>
        <source>They have not reached the server yet.</source>
        <translation>它们尚未到达服务器。</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) made on this computer are not on the server.</source>
        <translation>
            <numerusform>本机有 %n 条签到尚未上传到服务器。</numerusform>
        </translation>
    </message>
    <message>
        <source>No event “{key}” on this server.</source>
        <translation>此服务器上没有活动“{key}”。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>最近签到</translation>
    </message>
    <message>
        <source>✓ in</source>
        <translation>✓ 已入场</translation>
    </message>
    <message>
        <source>— not in</source>
        <translation>— 未入场</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to upload</source>
        <translation>
            <numerusform>%n 项更改等待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) the server refused (see Problems)</source>
        <translation>
            <numerusform>%n 项更改被服务器拒绝（见“问题”）</numerusform>
        </translation>
    </message>
    <message>
        <source> on {device}</source>
        <translation> 于 {device}</translation>
    </message>
    <message>
        <source>in at {when}</source>
        <translation>{when} 入场</translation>
    </message>
    <message>
        <source>out at {when}</source>
        <translation>{when} 离场</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>尚无签到。</translation>
    </message>
    <message>
        <source>Search name, e-mail, order or code</source>
        <translation>搜索姓名、邮箱、订单或票码</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>未签到</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>等待上传</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>上传失败</translation>
    </message>
    <message>
        <source>Attendee details</source>
        <translation>参会者详情</translation>
    </message>
    <message>
        <source>Select an attendee to see the details.</source>
        <translation>选择一位参会者查看详情。</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>签退…</translation>
    </message>
    <message>
        <source>Print badge</source>
        <translation>打印胸卡</translation>
    </message>
    <message>
        <source>Print this person&apos;s badge now (a reprint included)</source>
        <translation>立即打印此人的胸卡（包括重印）</translation>
    </message>
    <message>
        <source>more than {n} attendees</source>
        <translation>超过 {n} 位参会者</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n 位参会者</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge of {name} sent to the printer queue.</source>
        <translation>{name} 的胸卡已送入打印队列。</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Check out {name}?</source>
        <translation>为 {name} 签退？</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>摄像头：</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>启动摄像头</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>正在查找摄像头…</translation>
    </message>
    <message>
        <source>Could not look for cameras: {detail}
Type the code below or use a USB scanner.</source>
        <translation>无法查找摄像头：{detail}
请在下方输入票码或使用 USB 扫码枪。</translation>
    </message>
    <message>
        <source>Camera {n}</source>
        <translation>摄像头 {n}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>文件：{name}</translation>
    </message>
    <message>
        <source>No camera found.
Type the code below, or use a USB barcode scanner: it works anywhere in this window.</source>
        <translation>未找到摄像头。
请在下方输入票码，或使用 USB 扫码枪：它在此窗口任何位置都可用。</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>摄像头已关闭</translation>
    </message>
    <message>
        <source>Starting camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>停止摄像头</translation>
    </message>
    <message>
        <source>Camera unavailable — trying again…
{detail}
Meanwhile type the code below or use a USB scanner.</source>
        <translation>摄像头不可用 — 正在重试…
{detail}
在此期间请在下方输入票码或使用 USB 扫码枪。</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>视频已结束。</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>of all attendees</source>
        <translation>占全部参会者</translation>
    </message>
    <message>
        <source>waiting to upload</source>
        <translation>等待上传</translation>
    </message>
    <message>
        <source>failed uploads</source>
        <translation>上传失败</translation>
    </message>
    <message>
        <source>Arrivals per 15 minutes</source>
        <translation>每 15 分钟到场人数</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Once (if not printed before)</source>
        <translation>一次（如尚未打印）</translation>
    </message>
    <message>
        <source>At every check-in</source>
        <translation>每次签到</translation>
    </message>
    <message>
        <source>The server&apos;s layout for each ticket type</source>
        <translation>服务器为每种票种设定的版式</translation>
    </message>
    <message>
        <source>Built-in: name, company, ticket type, QR</source>
        <translation>内置：姓名、公司、票种、二维码</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>胸卡</translation>
    </message>
    <message>
        <source>(none: do not print)</source>
        <translation>（无：不打印）</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name}（未连接）</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Badge size</source>
        <translation>胸卡尺寸</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>Print at check-in</source>
        <translation>签到时打印</translation>
    </message>
    <message>
        <source>Per ticket type: name=never, once or always, separated by semicolons</source>
        <translation>按票种：名称=never、once 或 always，用分号分隔</translation>
    </message>
    <message>
        <source>Per ticket type</source>
        <translation>按票种</translation>
    </message>
    <message>
        <source>Preview with a sample name</source>
        <translation>用示例姓名预览</translation>
    </message>
    <message>
        <source>Print this badge</source>
        <translation>打印此胸卡</translation>
    </message>
    <message>
        <source>Preview: {name}</source>
        <translation>预览：{name}</translation>
    </message>
    <message>
        <source>Check-ins per door</source>
        <translation>各入口签到数</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Door (device)</source>
        <translation>入口（设备）</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>签到数</translation>
    </message>
    <message>
        <source>(no ticket type)</source>
        <translation>（无票种）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Scans on this device: {parts}</source>
        <translation>本设备扫描：{parts}</translation>
    </message>
    <message>
        <source>No scans on this device yet.</source>
        <translation>本设备尚无扫描。</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Arrivals per 15 minutes (none yet)</source>
        <translation>每 15 分钟到场人数（暂无）</translation>
    </message>
    <message>
        <source>Arrivals per hour</source>
        <translation>每小时到场人数</translation>
    </message>
    <message>
        <source>Arrivals per {n} hours</source>
        <translation>每 {n} 小时到场人数</translation>
    </message>
    <message>
        <source>Arrivals per {n} minutes</source>
        <translation>每 {n} 分钟到场人数</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>First admitted</source>
        <translation>首次入场</translation>
    </message>
    <message>
        <source>Admitted again</source>
        <translation>再次入场</translation>
    </message>
    <message>
        <source>{when} at {door}</source>
        <translation>{when}，{door}</translation>
    </message>
    <message>
        <source>Admitted twice</source>
        <translation>重复入场</translation>
    </message>
    <message>
        <source>A ticket was let in at two doors before they had synced, with no check-out between. Check whether it was copied.</source>
        <translation>一张票在两个入口同步之前被放行了两次，中间没有签退。请检查该票是否被复制。</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a ticket was let in at two doors before they had synced, with no check-out between. Check whether those tickets were copied.</source>
        <translation>
            <numerusform>有 %n 次一张票在两个入口同步之前被放行了两次，中间没有签退。请检查这些票是否被复制。</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket was admitted at two doors.</source>
        <translation>没有票在两个入口被放行。</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space, then scan again.</source>
        <translation>磁盘已满：未保存任何内容。请释放空间后重新扫描。</translation>
    </message>
    <message>
        <source>The local database is busy (is Orga App open twice on this computer?). Nothing was saved; scan again.</source>
        <translation>本地数据库繁忙（本机是否打开了两个 Orga App？）。未保存任何内容；请重新扫描。</translation>
    </message>
    <message>
        <source>The data folder is read-only: nothing was saved.</source>
        <translation>数据文件夹为只读：未保存任何内容。</translation>
    </message>
    <message>
        <source>The local database failed ({detail}): nothing was saved.</source>
        <translation>本地数据库出错（{detail}）：未保存任何内容。</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>邮箱或密码错误。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Check the server address and this computer&apos;s date and time.</source>
        <translation>无法验证服务器证书。请检查服务器地址以及本机的日期和时间。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network and the server address.</source>
        <translation>无法连接服务器。请检查网络和服务器地址。</translation>
    </message>
    <message>
        <source>This account is not allowed to do that.</source>
        <translation>此账号无权执行该操作。</translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>服务器出现问题。请稍后重试。</translation>
    </message>
    <message>
        <source>The server refused: {reason}</source>
        <translation>服务器拒绝：{reason}</translation>
    </message>
    <message>
        <source>Camera problem: {detail}</source>
        <translation>摄像头问题：{detail}</translation>
    </message>
    <message>
        <source>Could not read or write a file: {detail}</source>
        <translation>无法读写文件：{detail}</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}</source>
        <translation>意外错误：{kind}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Details were saved to {path}.</source>
        <translation>详细信息已保存到 {path}。</translation>
    </message>
    <message>
        <source>The app hit a bug. Scanning keeps working; check-ins already made are saved.</source>
        <translation>应用遇到错误。扫描仍可进行；已完成的签到均已保存。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <source>server admin</source>
        <translation>服务器管理员</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>organizer</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>co-organizer</source>
        <translation>联合主办方</translation>
    </message>
    <message>
        <source>registrar</source>
        <translation>登记员</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>This account is {role} for “{event}”: the server does not let it record check-ins, so scans here would never reach the server. Ask the event&apos;s owner to make this account co-organizer (or organizer), or sign in as a server admin.</source>
        <translation>此账号在“{event}”中是{role}：服务器不允许它记录签到，因此这里的扫描永远不会到达服务器。请活动所有者将此账号设为联合主办方（或主办方），或以服务器管理员身份登录。</translation>
    </message>
    <message>
        <source>Check-ins go up through a registration station: the server records its own time of upload (the scan time stays on this computer) and cannot record check-outs (only a server admin can).</source>
        <translation>签到通过登记站上传：服务器记录自己的上传时间（扫描时间保存在本机），且无法记录签退（只有服务器管理员可以）。</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>some products only</source>
        <translation>仅部分商品</translation>
    </message>
    <message>
        <source>unpaid orders admitted</source>
        <translation>允许未付款订单</translation>
    </message>
    <message>
        <source>multiple entries</source>
        <translation>可多次入场</translation>
    </message>
    <message>
        <source>Check-in list: {name} (exit)</source>
        <translation>签到名单：{name}（出场）</translation>
    </message>
    <message>
        <source>Check-in list: {name}</source>
        <translation>签到名单：{name}</translation>
    </message>
    <message>
        <source>Choose the event at this door</source>
        <translation>选择此入口的活动</translation>
    </message>
    <message>
        <source>Check-in list</source>
        <translation>签到名单</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>入场</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>出场</translation>
    </message>
    <message>
        <source>Event number or identifier</source>
        <translation>活动编号或标识</translation>
    </message>
    <message>
        <source>Find event on server</source>
        <translation>在服务器上查找活动</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Refresh list from server</source>
        <translation>从服务器刷新列表</translation>
    </message>
    <message>
        <source>Check readiness</source>
        <translation>检查就绪状态</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>打开活动</translation>
    </message>
    <message>
        <source>  (local list)</source>
        <translation>  （本地名单）</translation>
    </message>
    <message>
        <source>  · you: {role}</source>
        <translation>  · 您：{role}</translation>
    </message>
    <message>
        <source>No events yet. Sign in and refresh the list.</source>
        <translation>暂无活动。请登录并刷新列表。</translation>
    </message>
    <message>
        <source>This event has no check-in list on the server: refresh the list.</source>
        <translation>此活动在服务器上没有签到名单：请刷新列表。</translation>
    </message>
    <message>
        <source>Looking for event {key}…</source>
        <translation>正在查找活动 {key}…</translation>
    </message>
    <message>
        <source>Attendee list (*.csv)</source>
        <translation>参会者名单 (*.csv)</translation>
    </message>
    <message>
        <source>Scan log (*.csv)</source>
        <translation>扫描记录 (*.csv)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>scan log</source>
        <translation>扫描记录</translation>
    </message>
    <message>
        <source>Exporting {what} to {name}…</source>
        <translation>正在将{what}导出到 {name}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Orga App — self check-in</source>
        <translation>Orga App — 自助签到</translation>
    </message>
    <message>
        <source>the video ended</source>
        <translation>视频已结束</translation>
    </message>
    <message>
        <source>Camera unavailable — you can still use the scanner at the desk</source>
        <translation>摄像头不可用 — 您仍可使用服务台的扫码器</translation>
    </message>
    <message>
        <source>Paper or phone — both work. Staff at the desk are happy to help.</source>
        <translation>纸质票或手机均可。服务台工作人员乐意帮助您。</translation>
    </message>
    <message>
        <source>Welcome to {event}!</source>
        <translation>欢迎参加 {event}！</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>欢迎！</translation>
    </message>
    <message>
        <source>Self check-in is not set up yet — please see the desk</source>
        <translation>自助签到尚未设置 — 请前往服务台</translation>
    </message>
    <message>
        <source>Hold your ticket&apos;s QR code up to the camera</source>
        <translation>请将门票二维码对准摄像头</translation>
    </message>
    <message>
        <source>Please scan your ticket</source>
        <translation>请扫描门票</translation>
    </message>
    <message>
        <source>Ticket not recognised — please see the desk</source>
        <translation>无法识别门票 — 请前往服务台</translation>
    </message>
    <message>
        <source>Please see the desk</source>
        <translation>请前往服务台</translation>
    </message>
    <message>
        <source>Sorry, that did not work — please see the desk</source>
        <translation>抱歉，未成功 — 请前往服务台</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>删除最后一位数字</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Set the operator PIN for this kiosk</source>
        <translation>设置此自助机的管理员 PIN</translation>
    </message>
    <message>
        <source>Choose a new operator PIN</source>
        <translation>设置新的管理员 PIN</translation>
    </message>
    <message>
        <source>4 to 8 digits. You need it to leave kiosk mode.</source>
        <translation>4 至 8 位数字。退出自助模式时需要。</translation>
    </message>
    <message>
        <source>Operator PIN</source>
        <translation>管理员 PIN</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>PIN 不正确。请重试。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits. Please try again.</source>
        <translation>PIN 为 4 至 8 位数字。请重试。</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>再次输入相同的 PIN</translation>
    </message>
    <message>
        <source>The two PINs were different. Please start again.</source>
        <translation>两次 PIN 不一致。请重新开始。</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Back to self check-in</source>
        <translation>返回自助签到</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>更改 PIN</translation>
    </message>
    <message>
        <source>Exit kiosk mode</source>
        <translation>退出自助模式</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Please wait %n second(s).</source>
        <translation>
            <numerusform>错误次数过多。请等待 %n 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Please wait %n minute(s).</source>
        <translation>
            <numerusform>错误次数过多。请等待 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Already checked in at {when}</source>
        <translation>已于 {when} 签到</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Full log: {path}</source>
        <translation>完整日志：{path}</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>暂无日志。</translation>
    </message>
    <message>
        <source>{server} uses plain http: your password, the session and attendee data would cross the network unencrypted, readable by anyone on the same Wi-Fi.

Connect without encryption for this session only?</source>
        <translation>{server} 使用未加密的 http：您的密码、会话和参会者数据将以明文在网络上传输，同一 Wi-Fi 中的任何人都能读取。

仅在本次会话中不加密连接？</translation>
    </message>
    <message>
        <source>Sign in to your event server</source>
        <translation>登录活动服务器</translation>
    </message>
    <message>
        <source>Sign in once with internet; afterwards the door works offline on cached data.</source>
        <translation>联网登录一次；之后入口可使用缓存数据离线工作。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Open Event (eventyay API v1)</source>
        <translation>Open Event（eventyay API v1）</translation>
    </message>
    <message>
        <source>pretix or eventyay-tickets</source>
        <translation>pretix 或 eventyay-tickets</translation>
    </message>
    <message>
        <source>Server type</source>
        <translation>服务器类型</translation>
    </message>
    <message>
        <source>Back to the events</source>
        <translation>返回活动列表</translation>
    </message>
    <message>
        <source>Keep working with the events already on this computer</source>
        <translation>继续使用本机已有的活动</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Pair this computer as a door device</source>
        <translation>将本机配对为入口设备</translation>
    </message>
    <message>
        <source>Use an organizer team&apos;s API token</source>
        <translation>使用主办方团队的 API 令牌</translation>
    </message>
    <message>
        <source>the one-time token the organizer shows</source>
        <translation>主办方提供的一次性令牌</translation>
    </message>
    <message>
        <source>Pairing token</source>
        <translation>配对令牌</translation>
    </message>
    <message>
        <source>organizer short name, e.g. demo</source>
        <translation>主办方简称，例如 demo</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>Checking what kind of server this is…</source>
        <translation>正在检查服务器类型…</translation>
    </message>
    <message>
        <source>This is a pretix-type server (pretix or eventyay-tickets).</source>
        <translation>这是 pretix 类服务器（pretix 或 eventyay-tickets）。</translation>
    </message>
    <message>
        <source>Not a pretix server, or it did not answer: Open Event is assumed.</source>
        <translation>不是 pretix 服务器或无应答：按 Open Event 处理。</translation>
    </message>
    <message>
        <source>Please fill in the server, e-mail and password.</source>
        <translation>请填写服务器、邮箱和密码。</translation>
    </message>
    <message>
        <source>Please fill in the server and the pairing token.</source>
        <translation>请填写服务器和配对令牌。</translation>
    </message>
    <message>
        <source>Please fill in the server, the organizer and the API token.</source>
        <translation>请填写服务器、主办方和 API 令牌。</translation>
    </message>
    <message>
        <source>Not signed in: {server} is not encrypted. Use https:// if it has it.</source>
        <translation>未登录：{server} 未加密。如支持请使用 https://。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Unencrypted server</source>
        <translation>未加密的服务器</translation>
    </message>
    <message>
        <source>Orga App — check-in</source>
        <translation>Orga App — 签到</translation>
    </message>
    <message>
        <source>Retry badges</source>
        <translation>重试胸卡</translation>
    </message>
    <message>
        <source>Signed in as {email} on {server}</source>
        <translation>已以 {email} 登录 {server}</translation>
    </message>
    <message>
        <source>Not signed in (local lists only)</source>
        <translation>未登录（仅本地名单）</translation>
    </message>
    <message>
        <source>Asking the server for the events…</source>
        <translation>正在向服务器获取活动…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in. %n event(s) available.</source>
        <translation>
            <numerusform>已登录。共有 %n 个活动。</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay saved under this account and are uploaded only after signing in with it again. Another account does not see them and would admit the same people again. Sign out anyway?</source>
        <translation>它们保存在此账号下，只有用该账号重新登录后才会上传。其他账号看不到它们，并会再次放行同样的人。仍要退出登录？</translation>
    </message>
    <message>
        <source>A ticket ({code}) was scanned while a window was open: nobody was checked in. Close the window and scan again.</source>
        <translation>在窗口打开时扫描了一张票（{code}）：未为任何人签到。请关闭窗口后重新扫描。</translation>
    </message>
    <message>
        <source>scans</source>
        <translation>扫描记录</translation>
    </message>
    <message>
        <source>Exported {n} {what} to {path}</source>
        <translation>已将 {n} 条{what}导出到 {path}</translation>
    </message>
    <message>
        <source>Retry badges ({n})</source>
        <translation>重试胸卡（{n}）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>They stay saved on this computer and are uploaded when the app runs again with this account and the server is reachable. Close anyway?</source>
        <translation>它们保存在本机上，当应用以此账号再次运行且服务器可访问时会上传。仍要关闭？</translation>
    </message>
    <message>
        <source>CHECK-OUT MODE — a scan lets the person leave</source>
        <translation>签退模式 — 扫码即离场</translation>
    </message>
    <message>
        <source>VALIDATE ONLY — nothing is recorded</source>
        <translation>仅验票 — 不做记录</translation>
    </message>
    <message>
        <source>CHECK-IN MODE — a scan admits the person</source>
        <translation>签到模式 — 扫码即入场</translation>
    </message>
    <message>
        <source>Ready to check out</source>
        <translation>准备签退</translation>
    </message>
    <message>
        <source>Ready to validate</source>
        <translation>准备验票</translation>
    </message>
    <message>
        <source>Ready to check in</source>
        <translation>准备签到</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>扫描时间</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>服务器原因</translation>
    </message>
    <message>
        <source>The server refused these check-ins. Retry sends them again (e.g. after the problem was fixed on the server); Discard keeps them here as discarded.</source>
        <translation>服务器拒绝了这些签到。“重试”会再次发送（例如服务器上的问题已修复后）；“丢弃”会将它们保留在此处并标为已丢弃。</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message numerus="yes">
        <source>Uploads are paused: {why}
%n check-in(s) made here are not on the server. They stay saved on this computer. Sign in with an account that may check attendees in (Change event → Sign out), or ask the organizer to give this account that right; then Sync now.</source>
        <translation>
            <numerusform>上传已暂停：{why}
此处有 %n 条签到尚未上传到服务器。它们仍保存在本机上。请用有签到权限的账号登录（更换活动 → 退出登录），或请主办方为此账号授予该权限；然后点“立即同步”。</numerusform>
        </translation>
    </message>
    <message>
        <source>badge printed</source>
        <translation>胸卡已打印</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) need a decision.</source>
        <translation>
            <numerusform>%n 条签到需要处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n check-in(s) of {names}? They will not be sent to the server.</source>
        <translation>
            <numerusform>丢弃 {names} 的 %n 条签到？它们将不会发送到服务器。</numerusform>
        </translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（未说明原因）</translation>
    </message>
    <message>
        <source>No single check-in was refused: uploads as a whole are paused.</source>
        <translation>没有单条签到被拒绝：整体上传已暂停。</translation>
    </message>
    <message>
        <source>No problems: every check-in was accepted or is waiting to upload.</source>
        <translation>没有问题：所有签到均已被接受或正在等待上传。</translation>
    </message>
    <message>
        <source>Validate only</source>
        <translation>仅验票</translation>
    </message>
    <message>
        <source>Keyboard: {key}</source>
        <translation>快捷键：{key}</translation>
    </message>
    <message>
        <source>Type a ticket code, e-mail or order number</source>
        <translation>输入票码、邮箱或订单号</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>查验</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>{n} of {total} checked in</source>
        <translation>已签到 {n} / {total}</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>In the kiosk only</source>
        <translation>仅自助机</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>zxing-cpp (fast, default)</source>
        <translation>zxing-cpp（快速，默认）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Sent to the server with each check-in, e.g. &apos;Door A&apos;.</source>
        <translation>每次签到时发送到服务器，例如“A 门”。</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>Scan mode</source>
        <translation>扫描模式</translation>
    </message>
    <message>
        <source>Play a sound for each verdict</source>
        <translation>每次结果播放提示音</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>QR decoder</source>
        <translation>二维码解码器</translation>
    </message>
    <message>
        <source>Download other doors&apos; check-ins every</source>
        <translation>下载其他入口签到的间隔</translation>
    </message>
    <message>
        <source>Camera reads the same ticket again after</source>
        <translation>摄像头再次读取同一张票的间隔</translation>
    </message>
    <message>
        <source>Kiosk shows a verdict for</source>
        <translation>自助机显示结果的时长</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Pseudo (finds cut-off text)</source>
        <translation>伪语言（查找被截断的文字）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Speak verdicts</source>
        <translation>语音播报结果</translation>
    </message>
    <message>
        <source>The device name must not be empty.</source>
        <translation>设备名称不能为空。</translation>
    </message>
    <message>
        <source>The device name must not contain a comma.</source>
        <translation>设备名称不能包含逗号。</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>⚠ Not encrypted: {host}</source>
        <translation>⚠ 未加密：{host}</translation>
    </message>
    <message>
        <source>This session was allowed to use plain http to {host}: the password, the session and attendee data can be read by anyone on the network.</source>
        <translation>本次会话允许使用未加密的 http 连接 {host}：网络中的任何人都能读取密码、会话和参会者数据。</translation>
    </message>
    <message>
        <source>Local only (no sync)</source>
        <translation>仅本地（不同步）</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Offline — no connection; scans are saved and sent later</source>
        <translation>离线 — 无连接；扫描已保存，稍后发送</translation>
    </message>
    <message>
        <source>Server error — scans are saved and sent later</source>
        <translation>服务器错误 — 扫描已保存，稍后发送</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>{n} waiting to upload</source>
        <translation>{n} 条等待上传</translation>
    </message>
    <message>
        <source>⚠ Uploads paused — review</source>
        <translation>⚠ 上传已暂停 — 请查看</translation>
    </message>
    <message>
        <source>⚠ {n} failed — review</source>
        <translation>⚠ {n} 条失败 — 请查看</translation>
    </message>
    <message>
        <source>Uploads paused — nothing is sent to the server</source>
        <translation>上传已暂停 — 不会向服务器发送任何内容</translation>
    </message>
    <message>
        <source>Uploads paused: {why}</source>
        <translation>上传已暂停：{why}</translation>
    </message>
    <message>
        <source>Last sync {when}</source>
        <translation>上次同步 {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>{stage} %v / %m</source>
        <translation>{stage} %v / %m</translation>
    </message>
    <message>
        <source>Sync problem: {why}</source>
        <translation>同步问题：{why}</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee record(s) from the server could not be read and were skipped.</source>
        <translation>
            <numerusform>服务器的 %n 条参会者记录无法读取，已跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>saved on this computer (no server)</source>
        <translation>已保存在本机（无服务器）</translation>
    </message>
    <message>
        <source>● waiting to upload</source>
        <translation>● 等待上传</translation>
    </message>
    <message>
        <source>✓ on the server</source>
        <translation>✓ 已在服务器上</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>准备扫描</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s QR code up to the camera</source>
        <translation>请将门票二维码对准摄像头</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>查验中…</translation>
    </message>
    <message>
        <source>CHECKED IN</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>ALREADY CHECKED IN</source>
        <translation>已签到过</translation>
    </message>
    <message>
        <source>CHECKED OUT</source>
        <translation>已签退</translation>
    </message>
    <message>
        <source>NOT CHECKED IN</source>
        <translation>未签到</translation>
    </message>
    <message>
        <source>VALID TICKET</source>
        <translation>票有效</translation>
    </message>
    <message>
        <source>UNKNOWN TICKET</source>
        <translation>未知门票</translation>
    </message>
    <message>
        <source>OTHER EVENT</source>
        <translation>其他活动</translation>
    </message>
    <message>
        <source>ORDER NOT VALID</source>
        <translation>订单无效</translation>
    </message>
    <message>
        <source>SEVERAL ATTENDEES</source>
        <translation>多位参会者</translation>
    </message>
    <message>
        <source>UNREADABLE CODE</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <source>NOT VALID AT THIS DOOR</source>
        <translation>此入口无效</translation>
    </message>
    <message>
        <source>already checked in</source>
        <translation>已签到过</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>已签退</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>未签到</translation>
    </message>
    <message>
        <source>valid ticket</source>
        <translation>门票有效</translation>
    </message>
    <message>
        <source>unknown ticket</source>
        <translation>未知门票</translation>
    </message>
    <message>
        <source>other event</source>
        <translation>其他活动</translation>
    </message>
    <message>
        <source>order not valid</source>
        <translation>订单无效</translation>
    </message>
    <message>
        <source>several attendees</source>
        <translation>多位参会者</translation>
    </message>
    <message>
        <source>unreadable code</source>
        <translation>无法识别的码</translation>
    </message>
    <message>
        <source>not valid at this door</source>
        <translation>此入口无效</translation>
    </message>
    <message>
        <source>Checked in at {when} on {device}</source>
        <translation>已于 {when} 在 {device} 签到</translation>
    </message>
    <message>
        <source>Checked in at {when}</source>
        <translation>已于 {when} 签到</translation>
    </message>
    <message>
        <source>{words} The order is not paid yet.</source>
        <translation>{words} 订单尚未付款。</translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation>欢迎，{name}！</translation>
    </message>
    <message>
        <source>Leaving: scan again to check back in</source>
        <translation>离场：再次扫描即可重新入场</translation>
    </message>
    <message>
        <source>{when}. Validate only: nothing was recorded.</source>
        <translation>{when}。仅验票：未做记录。</translation>
    </message>
    <message>
        <source>Not checked in yet. Validate only: nothing was recorded.</source>
        <translation>尚未签到。仅验票：未做记录。</translation>
    </message>
    <message>
        <source>You are already in. If something is wrong, please see the desk.</source>
        <translation>您已入场。如有问题，请前往服务台。</translation>
    </message>
    <message>
        <source>Nothing to check out</source>
        <translation>无需签退</translation>
    </message>
    <message>
        <source>No such ticket for this event</source>
        <translation>此活动没有这张门票</translation>
    </message>
    <message>
        <source>Try again or type the code</source>
        <translation>请重试或输入票码</translation>
    </message>
    <message>
        <source>Not a ticket code: a number or e-mail counts only when typed at the desk</source>
        <translation>不是票码：编号或邮箱仅在服务台手动输入时有效</translation>
    </message>
    <message>
        <source>This ticket is for another event: {event}</source>
        <translation>此票属于其他活动：{event}</translation>
    </message>
    <message>
        <source>This ticket is for another event</source>
        <translation>此票属于其他活动</translation>
    </message>
    <message>
        <source>This code is for several people. Please scan your own ticket.</source>
        <translation>此码对应多人。请扫描您自己的门票。</translation>
    </message>
    <message numerus="yes">
        <source>Order with %n attendee(s): {names}. Scan each person&apos;s own ticket.</source>
        <translation>
            <numerusform>订单含 %n 位参会者：{names}。请每人扫描自己的门票。</numerusform>
        </translation>
    </message>
    <message>
        <source>This ticket was cancelled or removed from the event</source>
        <translation>此票已取消或已从活动中移除</translation>
    </message>
    <message>
        <source>The order is not paid yet: please see the staff at the desk</source>
        <translation>订单尚未付款：请前往服务台找工作人员</translation>
    </message>
    <message>
        <source>Not paid: admit anyway? Enter = admit, Esc = refuse</source>
        <translation>未付款：仍然放行？Enter = 放行，Esc = 拒绝</translation>
    </message>
    <message>
        <source>The order is not paid yet: this ticket is not valid</source>
        <translation>订单尚未付款：此票无效</translation>
    </message>
    <message>
        <source>The order was cancelled: this ticket is not valid</source>
        <translation>订单已取消：此票无效</translation>
    </message>
    <message>
        <source>The order expired without payment: this ticket is not valid</source>
        <translation>订单未付款已过期：此票无效</translation>
    </message>
    <message>
        <source>The order was deleted on the server: this ticket is not valid</source>
        <translation>订单已在服务器上删除：此票无效</translation>
    </message>
    <message>
        <source>An old code of a ticket that was issued again: ask for the new ticket</source>
        <translation>重新出票前的旧码：请索取新票</translation>
    </message>
    <message>
        <source>This code is blocked</source>
        <translation>此码已被封禁</translation>
    </message>
    <message>
        <source>This ticket type is not valid on the list {list}</source>
        <translation>此票种在名单 {list} 上无效</translation>
    </message>
    <message>
        <source>This ticket type is not valid on this door&apos;s list</source>
        <translation>此票种在本入口的名单上无效</translation>
    </message>
    <message>
        <source>The entry rules of this list do not admit this ticket now: {why}</source>
        <translation>此名单的入场规则目前不允许此票：{why}</translation>
    </message>
    <message>
        <source>The entry rules of this list do not admit this ticket now</source>
        <translation>此名单的入场规则目前不允许此票</translation>
    </message>
    <message>
        <source>This list has entry rules only the server can check, and the server cannot be reached now: scan again when it can</source>
        <translation>此名单有只能由服务器检查的规则，而现在无法连接服务器：请在可连接时重新扫描</translation>
    </message>
    <message>
        <source>Choose this door&apos;s check-in list first</source>
        <translation>请先选择此入口的签到名单</translation>
    </message>
    <message>
        <source>This ticket is not valid at this time</source>
        <translation>此票在此时间无效</translation>
    </message>
    <message>
        <source>Some questions for this ticket must be answered at the desk first</source>
        <translation>此票的一些问题须先在服务台回答</translation>
    </message>
    <message>
        <source>The server refused this ticket: {why}</source>
        <translation>服务器拒绝了此票：{why}</translation>
    </message>
    <message>
        <source>The server failed while checking this ticket: nothing was recorded</source>
        <translation>服务器检查此票时出错：未做记录</translation>
    </message>
    <message>
        <source>Self check-in is closed at this door — please see the desk</source>
        <translation>此入口的自助签到已关闭 — 请前往服务台</translation>
    </message>
    <message>
        <source>This door&apos;s check-in list was deleted on the server: choose another list</source>
        <translation>此入口的签到名单已在服务器上删除：请选择其他名单</translation>
    </message>
    <message>
        <source>Send the guest to the entrance of {event}, or search them by name.</source>
        <translation>请引导客人前往 {event} 的入口，或按姓名搜索。</translation>
    </message>
    <message>
        <source>Send the guest to that event&apos;s entrance, or search them by name.</source>
        <translation>请引导客人前往该活动的入口，或按姓名搜索。</translation>
    </message>
    <message>
        <source>The ticket was issued again with a new code: ask for the newest ticket (e-mail), or search the guest by name.</source>
        <translation>此票已用新码重新出票：请索取最新的票（邮件），或按姓名搜索客人。</translation>
    </message>
    <message>
        <source>Ask the guest for another ticket, or search them by name: they may hold a new one.</source>
        <translation>请向客人索取另一张票，或按姓名搜索：他们可能有新票。</translation>
    </message>
    <message>
        <source>Looks like a ticket of this event that is not in the list yet (sold after the last download): look it up on the server, or search the guest by name.</source>
        <translation>看起来是本活动尚未在名单中的票（上次下载后售出）：请在服务器上查询，或按姓名搜索客人。</translation>
    </message>
    <message>
        <source>This is a badge or a contact card, not a ticket: scan the ticket instead.</source>
        <translation>这是胸卡或名片，不是门票：请扫描门票。</translation>
    </message>
    <message>
        <source>This code is from a different ticketing system or a web link: ask for the ticket of this event, or search the guest by name.</source>
        <translation>此码来自其他票务系统或是网页链接：请索取本活动的门票，或按姓名搜索客人。</translation>
    </message>
    <message>
        <source>This code is not on the imported list: search the guest by name.</source>
        <translation>此码不在导入的名单中：请按姓名搜索客人。</translation>
    </message>
    <message>
        <source>Search the guest by name, or ask for the ticket&apos;s e-mail.</source>
        <translation>请按姓名搜索客人，或询问购票邮箱。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Change event</source>
        <translation>更换活动</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the attendee list or the scan log as CSV</source>
        <translation>将参会者名单或扫描记录保存为 CSV</translation>
    </message>
    <message>
        <source>Scanner set-up</source>
        <translation>扫码枪设置</translation>
    </message>
    <message>
        <source>Test a USB barcode scanner once; the app corrects for it</source>
        <translation>测试一次 USB 扫码枪；应用会自动校正</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪检查</translation>
    </message>
    <message>
        <source>Is this computer ready for the doors? Every check, with the fix</source>
        <translation>本机是否已为入口做好准备？每项检查及解决方法</translation>
    </message>
    <message>
        <source>Badges…</source>
        <translation>胸卡…</translation>
    </message>
    <message>
        <source>Badge printer, size, and when a check-in prints a badge</source>
        <translation>胸卡打印机、尺寸以及签到时何时打印胸卡</translation>
    </message>
    <message>
        <source>What the app did recently (for support)</source>
        <translation>应用最近的操作（供技术支持）</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>The scanner works.</source>
        <translation>扫码枪工作正常。</translation>
    </message>
    <message>
        <source>These are corrected for every scan from now on.</source>
        <translation>从现在起每次扫描都会校正这些问题。</translation>
    </message>
    <message>
        <source>It ends each code with Enter.</source>
        <translation>它在每个码后发送 Enter。</translation>
    </message>
    <message>
        <source>It ends each code with Tab.</source>
        <translation>它在每个码后发送 Tab。</translation>
    </message>
    <message>
        <source>It sends no Enter after a code: codes still work (the app waits for a short pause), but setting the scanner to send Enter answers a little faster.</source>
        <translation>它在码后不发送 Enter：码仍可使用（应用会等待短暂停顿），但设置扫码枪发送 Enter 会响应更快。</translation>
    </message>
    <message>
        <source>It puts “{text}” in front of each code.</source>
        <translation>它在每个码前加上“{text}”。</translation>
    </message>
    <message>
        <source>It adds “{text}” after each code.</source>
        <translation>它在每个码后加上“{text}”。</translation>
    </message>
    <message>
        <source>It sends each code twice.</source>
        <translation>它把每个码发送两次。</translation>
    </message>
    <message>
        <source>It types with a US keyboard layout while this computer uses a German one (y and z swapped, symbols moved).</source>
        <translation>它按美式键盘布局输入，而本机使用德式布局（y 与 z 互换，符号位置不同）。</translation>
    </message>
    <message>
        <source>Its keyboard layout differs from this computer&apos;s: {pairs}.</source>
        <translation>它的键盘布局与本机不同：{pairs}。</translation>
    </message>
    <message>
        <source>Nothing arrived from the scanner.</source>
        <translation>没有收到扫码枪的任何输入。</translation>
    </message>
    <message>
        <source>Several different codes arrived. Scan only the test code, once.</source>
        <translation>收到了多个不同的码。请只扫描测试码一次。</translation>
    </message>
    <message>
        <source>What arrived is not the test code, and the app cannot tell how to correct it. Scan the test code (not a ticket), or reset the scanner to its factory settings.</source>
        <translation>收到的不是测试码，应用无法判断如何校正。请扫描测试码（不是门票），或将扫码枪恢复出厂设置。</translation>
    </message>
    <message>
        <source>USB scanner set-up</source>
        <translation>USB 扫码枪设置</translation>
    </message>
    <message>
        <source>Scan this test code once with the USB scanner (from the screen, or from the printed test ticket). The app finds out what the scanner does to codes and corrects it from now on.</source>
        <translation>请用 USB 扫码枪扫描此测试码一次（屏幕上或打印的测试票上）。应用会找出扫码枪对码做了什么，并从此自动校正。</translation>
    </message>
    <message>
        <source>Waiting for a scan…</source>
        <translation>等待扫描…</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>未测试</translation>
    </message>
    <message>
        <source>paired device</source>
        <translation>已配对设备</translation>
    </message>
    <message>
        <source>team token</source>
        <translation>团队令牌</translation>
    </message>
    <message>
        <source>Ready for the doors?</source>
        <translation>入口准备好了吗？</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Checking… (the server has a few seconds to answer)</source>
        <translation>检查中…（服务器有几秒钟时间应答）</translation>
    </message>
    <message>
        <source>The check failed: {why}</source>
        <translation>检查失败：{why}</translation>
    </message>
    <message>
        <source>Ready for the doors.</source>
        <translation>入口已准备就绪。</translation>
    </message>
    <message numerus="yes">
        <source>Ready for the doors; look at the %n line(s) marked Look.</source>
        <translation>
            <numerusform>已就绪；请查看标记为“查看”的 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready: fix the %n line(s) marked Fix first.</source>
        <translation>
            <numerusform>未就绪：请先修复标记为“修复”的 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>修复：{fix}</translation>
    </message>
    <message>
        <source>⚠ {n} check-ins have waited up to {minutes} min to upload although the server answers. Look at the status bar (paused uploads, sign-in) and at Problems.</source>
        <translation>⚠ 有 {n} 条签到已等待上传最多 {minutes} 分钟，但服务器有应答。请查看状态栏（上传暂停、登录）和“问题”。</translation>
    </message>
    <message>
        <source>Check-ins per minute per door, today</source>
        <translation>今日各入口每分钟签到数</translation>
    </message>
    <message>
        <source>Verdict time p95: –</source>
        <translation>结果耗时 p95：–</translation>
    </message>
    <message>
        <source>Verdict time p95: {ms} ms ({n} scans)</source>
        <translation>结果耗时 p95：{ms} 毫秒（{n} 次扫描）</translation>
    </message>
    <message>
        <source>Offline today: {minutes} min</source>
        <translation>今日离线：{minutes} 分钟</translation>
    </message>
    <message>
        <source>Waiting to upload: {n} (oldest {minutes} min)</source>
        <translation>等待上传：{n}（最久 {minutes} 分钟）</translation>
    </message>
    <message>
        <source>Waiting to upload: 0</source>
        <translation>等待上传：0</translation>
    </message>
    <message>
        <source>Busiest 15 min: {rate} check-ins/min; here {scans} scans/min</source>
        <translation>最繁忙的 15 分钟：{rate} 次签到/分钟；本机 {scans} 次扫描/分钟</translation>
    </message>
    <message>
        <source>(unknown door)</source>
        <translation>（未知入口）</translation>
    </message>
    <message>
        <source>Check-ins per minute per door, today (none yet)</source>
        <translation>今日各入口每分钟签到数（暂无）</translation>
    </message>
    <message>
        <source>check-ins/min</source>
        <translation>签到/分钟</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>The server does not know this ticket either: it is not a ticket of this event. Search the guest by name.</source>
        <translation>服务器也不认识这张票：它不是本活动的票。请按姓名搜索客人。</translation>
    </message>
    <message>
        <source>This code cannot be looked up: search the guest by name.</source>
        <translation>无法查询此码：请按姓名搜索客人。</translation>
    </message>
    <message>
        <source>Found on the server.</source>
        <translation>已在服务器上找到。</translation>
    </message>
    <message>
        <source>Look up online</source>
        <translation>在线查询</translation>
    </message>
    <message>
        <source>Ask the server now whether it knows this ticket</source>
        <translation>立即询问服务器是否认识这张票</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按姓名搜索</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>正在询问服务器…</translation>
    </message>
    <message>
        <source>Checked out: {name}.</source>
        <translation>已签退：{name}。</translation>
    </message>
    <message>
        <source>Checked out.</source>
        <translation>已签退。</translation>
    </message>
    <message>
        <source>Valid ticket (checked in at {when}).</source>
        <translation>有效门票（已于 {when} 签到）。</translation>
    </message>
    <message>
        <source>Valid ticket (not checked in).</source>
        <translation>有效门票（未签到）。</translation>
    </message>
    <message>
        <source>Already checked in at {when} on {device}.</source>
        <translation>已于 {when} 在 {device} 签到。</translation>
    </message>
    <message>
        <source>Already checked in at {when}.</source>
        <translation>已于 {when} 签到。</translation>
    </message>
    <message>
        <source>Not checked in: nothing to check out.</source>
        <translation>未签到：无需签退。</translation>
    </message>
    <message>
        <source>No such ticket for this event.</source>
        <translation>此活动没有这张门票。</translation>
    </message>
    <message>
        <source>Unreadable code: not a ticket.</source>
        <translation>无法识别的码：不是门票。</translation>
    </message>
    <message>
        <source>Not a ticket code: an attendee number or e-mail address is accepted only when typed at the desk.</source>
        <translation>不是票码：参会者编号或邮箱仅在服务台手动输入时有效。</translation>
    </message>
    <message>
        <source>This ticket belongs to another event ({event}).</source>
        <translation>此票属于其他活动（{event}）。</translation>
    </message>
    <message>
        <source>This ticket belongs to another event.</source>
        <translation>此票属于其他活动。</translation>
    </message>
    <message>
        <source>This code matches {n} attendees: {names}. Scan each attendee&apos;s own ticket.</source>
        <translation>此码对应 {n} 位参会者：{names}。请每位参会者扫描自己的门票。</translation>
    </message>
    <message>
        <source>This ticket was cancelled or removed from the event.</source>
        <translation>此票已取消或已从活动中移除。</translation>
    </message>
    <message>
        <source>Order not paid: this list admits it only when a person confirms (checkin --admit-unpaid).</source>
        <translation>订单未付款：此名单仅在有人确认时放行（checkin --admit-unpaid）。</translation>
    </message>
    <message>
        <source>Order not paid: this ticket is not valid.</source>
        <translation>订单未付款：此票无效。</translation>
    </message>
    <message>
        <source>Order cancelled: this ticket is not valid.</source>
        <translation>订单已取消：此票无效。</translation>
    </message>
    <message>
        <source>Order expired (never paid): this ticket is not valid.</source>
        <translation>订单已过期（从未付款）：此票无效。</translation>
    </message>
    <message>
        <source>Order deleted on the server: this ticket is not valid.</source>
        <translation>订单已在服务器上删除：此票无效。</translation>
    </message>
    <message>
        <source>This code was replaced by a new ticket: it is no longer valid.</source>
        <translation>此码已被新票取代：不再有效。</translation>
    </message>
    <message>
        <source>This code is blocked on the server.</source>
        <translation>此码在服务器上已被封禁。</translation>
    </message>
    <message>
        <source>This ticket&apos;s product is not valid on the check-in list ({list}).</source>
        <translation>此票的商品在签到名单（{list}）上无效。</translation>
    </message>
    <message>
        <source>This ticket&apos;s product is not valid on the check-in list.</source>
        <translation>此票的商品在签到名单上无效。</translation>
    </message>
    <message>
        <source>The rules of this check-in list do not admit this ticket now ({why}).</source>
        <translation>此签到名单的规则目前不允许此票入场（{why}）。</translation>
    </message>
    <message>
        <source>The rules of this check-in list do not admit this ticket now.</source>
        <translation>此签到名单的规则目前不允许此票入场。</translation>
    </message>
    <message>
        <source>The list has entry rules that only the server can check, and the server cannot be reached now; scan again when it can.</source>
        <translation>此名单有只能由服务器检查的入场规则，而现在无法连接服务器；请在可连接时重新扫描。</translation>
    </message>
    <message>
        <source>This door&apos;s check-in list was deleted on the server: choose another list.</source>
        <translation>此入口的签到名单已在服务器上删除：请选择其他名单。</translation>
    </message>
    <message>
        <source>Send the guest to that event&apos;s entrance, or search by name: {search}.</source>
        <translation>请引导来宾前往该活动的入口，或按姓名搜索：{search}。</translation>
    </message>
    <message>
        <source>The ticket was issued again: ask for the newest ticket, or {search}.</source>
        <translation>该门票已重新签发：请索取最新的门票，或 {search}。</translation>
    </message>
    <message>
        <source>Ask for another ticket, or search by name: {search}.</source>
        <translation>请索取另一张门票，或按姓名搜索：{search}。</translation>
    </message>
    <message>
        <source>Looks like a ticket of this event sold after the last download: run {sync} and scan again, or {search}.</source>
        <translation>看起来是上次下载后售出的本活动门票：请运行 {sync} 后重新扫描，或 {search}。</translation>
    </message>
    <message>
        <source>A badge or contact card, not a ticket: scan the ticket instead.</source>
        <translation>这是胸牌或名片，不是门票：请改为扫描门票。</translation>
    </message>
    <message>
        <source>A code from a different ticketing system or a web link; or {search}.</source>
        <translation>来自其他票务系统的代码或网页链接；或 {search}。</translation>
    </message>
    <message>
        <source>Not on the imported list; search by name: {search}.</source>
        <translation>不在导入的名单上；按姓名搜索：{search}。</translation>
    </message>
    <message>
        <source>Search by name: {search}.</source>
        <translation>按姓名搜索：{search}。</translation>
    </message>
    <message>
        <source> (oldest {minutes} min)</source>
        <translation>（最久 {minutes} 分钟）</translation>
    </message>
    <message numerus="yes">
        <source>Today: verdict time p95 {p95} over %n scan(s); offline {minutes} min; waiting to upload {waiting}{oldest}</source>
        <translation>
            <numerusform>今日：%n 次扫描的判定时间 p95 为 {p95}；离线 {minutes} 分钟；等待上传 {waiting}{oldest}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{door}: %n check-in(s) today, busiest 15 min {rate}/min</source>
        <translation>
            <numerusform>{door}：今日签到 %n 次，最繁忙 15 分钟 {rate}/分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>scans here on {door}: %n today (every verdict), busiest 15 min {rate}/min</source>
        <translation>
            <numerusform>本机 {door} 的扫描：今日 %n 次（所有判定），最繁忙 15 分钟 {rate}/分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>ALERT: check-ins have waited over 5 minutes to upload although the server answers: check `orga-app problems` and whether uploads are paused.</source>
        <translation>警报：服务器有响应，但签到已等待上传超过 5 分钟：请检查 `orga-app problems` 以及上传是否已暂停。</translation>
    </message>
    <message>
        <source>No badge printer chosen (--printer NAME, or the badge_printer setting).</source>
        <translation>未选择胸牌打印机（--printer 名称，或 badge_printer 设置）。</translation>
    </message>
    <message>
        <source>There is no printer {printer} on this computer.</source>
        <translation>本机上没有打印机 {printer}。</translation>
    </message>
    <message>
        <source>Printer {printer} is paused or in error (paper, cover, offline).</source>
        <translation>打印机 {printer} 已暂停或出错（纸张、机盖、离线）。</translation>
    </message>
    <message>
        <source>Printer {printer} did not take the job.</source>
        <translation>打印机 {printer} 未接受该任务。</translation>
    </message>
    <message>
        <source>Choose this door&apos;s check-in list first (sign-in, event).</source>
        <translation>请先选择此入口的签到名单（登录、活动）。</translation>
    </message>
    <message>
        <source>This ticket is not valid at this time.</source>
        <translation>此票在此时间无效。</translation>
    </message>
    <message>
        <source>Questions for this ticket must be answered first.</source>
        <translation>必须先回答此票的问题。</translation>
    </message>
    <message>
        <source>The server refused this ticket ({why}); nothing was recorded.</source>
        <translation>服务器拒绝了此票（{why}）；未做记录。</translation>
    </message>
    <message>
        <source>The server failed while checking this ticket; nothing was recorded.</source>
        <translation>服务器检查此票时出错；未做记录。</translation>
    </message>
    <message>
        <source>no badge printer is chosen (Badges…)</source>
        <translation>未选择胸卡打印机（胸卡…）</translation>
    </message>
    <message>
        <source>printer “{printer}” is not connected</source>
        <translation>打印机“{printer}”未连接</translation>
    </message>
    <message>
        <source>printer “{printer}” is paused or has a problem (paper, cover, offline)</source>
        <translation>打印机“{printer}”已暂停或有问题（纸张、盖板、离线）</translation>
    </message>
    <message>
        <source>printer “{printer}” did not take the job</source>
        <translation>打印机“{printer}”未接受任务</translation>
    </message>
    <message>
        <source>Badge printed: {name}</source>
        <translation>胸卡已打印：{name}</translation>
    </message>
    <message>
        <source>Badge of {name} not printed: {why}. It waits for Retry badges.</source>
        <translation>{name} 的胸卡未打印：{why}。等待“重试胸卡”。</translation>
    </message>
    <message>
        <source>Offline verdicts: the server did not answer in time; asking again soon</source>
        <translation>离线判定：服务器未及时应答；稍后重试</translation>
    </message>
    <message>
        <source>Offline verdicts: the server refused this door&apos;s sign-in; sign in again</source>
        <translation>离线判定：服务器拒绝了此入口的登录；请重新登录</translation>
    </message>
    <message>
        <source>Admit anyway (Enter)</source>
        <translation>仍然放行（Enter）</translation>
    </message>
    <message>
        <source>Refuse (Esc)</source>
        <translation>拒绝（Esc）</translation>
    </message>
    <message>
        <source>[pending upload]</source>
        <translation>[等待上传]</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>{event}: {checked_in}/%n attendee(s) checked in</source>
        <translation>
            <numerusform>{event}：{checked_in}/%n 位参会者已签到</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending upload</source>
        <translation>
            <numerusform>%n 条等待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 条失败</numerusform>
        </translation>
    </message>
    <message>
        <source>last upload {upload}, last download {download}</source>
        <translation>上次上传 {upload}，上次下载 {download}</translation>
    </message>
    <message>
        <source>no attendees match</source>
        <translation>没有匹配的参会者</translation>
    </message>
    <message numerus="yes">
        <source>exported %n attendee(s) to {file}</source>
        <translation>
            <numerusform>已将 %n 位参会者导出到 {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>文件不存在：{path}</translation>
    </message>
    <message>
        <source>skipped line {line}: {why}</source>
        <translation>已跳过第 {line} 行：{why}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message numerus="yes">
        <source>imported %n attendee(s) into local event {event} ({skipped} skipped)</source>
        <translation>
            <numerusform>已将 %n 位参会者导入本地活动 {event}（跳过 {skipped} 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot use data dir {where}: {detail}</source>
        <translation>无法使用数据目录 {where}：{detail}</translation>
    </message>
    <message>
        <source>cannot use the per-user data dir: {detail}</source>
        <translation>无法使用用户数据目录：{detail}</translation>
    </message>
    <message>
        <source>the local database failed, nothing was saved: {detail}</source>
        <translation>本地数据库出错，未保存任何内容：{detail}</translation>
    </message>
    <message>
        <source>no attendee of this event has the code {code}</source>
        <translation>本活动没有参会者使用代码 {code}</translation>
    </message>
    <message>
        <source>several attendees share the code {code}</source>
        <translation>多位参会者共用代码 {code}</translation>
    </message>
    <message>
        <source>badge of {name} written to {file}</source>
        <translation>{name} 的胸牌已写入 {file}</translation>
    </message>
    <message>
        <source>the badge could not be printed (see the log)</source>
        <translation>无法打印胸牌（请查看日志）</translation>
    </message>
    <message>
        <source>not printed: {why}</source>
        <translation>未打印：{why}</translation>
    </message>
    <message>
        <source>badge of {name} sent to {printer}</source>
        <translation>{name} 的胸牌已发送到 {printer}</translation>
    </message>
    <message>
        <source>no such event {event} in this data dir (run `orga-app events` or `orga-app sync` first)</source>
        <translation>此数据目录中没有活动 {event}（请先运行 `orga-app events` 或 `orga-app sync`）</translation>
    </message>
    <message>
        <source>camera or video stopped: {why}</source>
        <translation>摄像头或视频已停止：{why}</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) read, {accepted} accepted</source>
        <translation>
            <numerusform>已读取 %n 张门票，接受 {accepted} 张</numerusform>
        </translation>
    </message>
    <message>
        <source>fix: {fix}</source>
        <translation>解决：{fix}</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>NOT READY: fix the [FAIL] lines first</source>
        <translation>未就绪：请先解决 [FAIL] 行</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of one line</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the groups of one line</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须提供参数 %s 之一</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧义的选项：%(option)s 可能匹配 %(matches)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s：错误：%(message)s</translation>
    </message>
    <message>
        <source>--pretix-token-stdin needs --organizer</source>
        <translation>--pretix-token-stdin 需要 --organizer</translation>
    </message>
    <message>
        <source>empty API token</source>
        <translation>API 令牌为空</translation>
    </message>
    <message>
        <source>{why} (or pass --insecure to this command)</source>
        <translation>{why}（或为此命令加上 --insecure）</translation>
    </message>
    <message>
        <source>sign-in failed: {why}</source>
        <translation>登录失败：{why}</translation>
    </message>
    <message>
        <source> as device {device}</source>
        <translation>，设备 {device}</translation>
    </message>
    <message numerus="yes">
        <source>signed in to {server} ({kind}){device} as {account}; %n event(s)</source>
        <translation>
            <numerusform>已登录 {server}（{kind}）{device}，账户 {account}；%n 个活动</numerusform>
        </translation>
    </message>
    <message>
        <source>{why} (run `orga-app login`)</source>
        <translation>{why}（请运行 `orga-app login`）</translation>
    </message>
    <message>
        <source>no event {event} on this computer</source>
        <translation>本机上没有活动 {event}</translation>
    </message>
    <message>
        <source>event {event} is not on a pretix-type server</source>
        <translation>活动 {event} 不在 pretix 类服务器上</translation>
    </message>
    <message>
        <source>[this door: {direction}]</source>
        <translation>[本入口：{direction}]</translation>
    </message>
    <message>
        <source>no check-in lists cached for this event: run `orga-app events`</source>
        <translation>本活动没有缓存的签到名单：请运行 `orga-app events`</translation>
    </message>
    <message>
        <source>no list chosen: `orga-app lists --event ID --choose LIST_ID [--exit]`</source>
        <translation>未选择名单：`orga-app lists --event ID --choose LIST_ID [--exit]`</translation>
    </message>
    <message>
        <source>give --email (or --pair / --pretix-token-stdin for pretix)</source>
        <translation>请提供 --email（pretix 用 --pair / --pretix-token-stdin）</translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation>{email} 的密码：</translation>
    </message>
    <message>
        <source>give the password on stdin with --password-stdin</source>
        <translation>请用 --password-stdin 从标准输入提供密码</translation>
    </message>
    <message>
        <source>empty password</source>
        <translation>密码为空</translation>
    </message>
    <message numerus="yes">
        <source>signed in to {server} as {email}; %n event(s)</source>
        <translation>
            <numerusform>已以 {email} 登录 {server}；%n 个活动</numerusform>
        </translation>
    </message>
    <message>
        <source>signed out (local data kept)</source>
        <translation>已退出登录（本地数据保留）</translation>
    </message>
    <message>
        <source>no event {event} on the server</source>
        <translation>服务器上没有活动 {event}</translation>
    </message>
    <message>
        <source>{why}; showing cached events</source>
        <translation>{why}；显示缓存的活动</translation>
    </message>
    <message>
        <source>no events: sign in with `orga-app login` or import a CSV list</source>
        <translation>没有活动：请用 `orga-app login` 登录或导入 CSV 名单</translation>
    </message>
    <message>
        <source>no event {event}: run `orga-app events`</source>
        <translation>没有活动 {event}：请运行 `orga-app events`</translation>
    </message>
    <message>
        <source>no such event {event} on the server</source>
        <translation>服务器上不存在活动 {event}</translation>
    </message>
    <message numerus="yes">
        <source>uploaded %n</source>
        <translation>
            <numerusform>已上传 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>failed %n</source>
        <translation>
            <numerusform>失败 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pending %n</source>
        <translation>
            <numerusform>待上传 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>downloaded %n attendee(s) in {seconds} s</source>
        <translation>
            <numerusform>已在 {seconds} 秒内下载 %n 位参会者</numerusform>
        </translation>
    </message>
    <message>
        <source>error: {error}</source>
        <translation>错误：{error}</translation>
    </message>
    <message numerus="yes">
        <source>%n failed upload(s)</source>
        <translation>
            <numerusform>%n 次上传失败</numerusform>
        </translation>
    </message>
    <message>
        <source>(retry queued)</source>
        <translation>（已排队重试）</translation>
    </message>
    <message>
        <source>This account is a server admin without a role in any event: open an event by its number or identifier.</source>
        <translation>此账户是服务器管理员，但在任何活动中都没有角色：请按编号或标识符打开活动。</translation>
    </message>
    <message>
        <source>Signed in, but the event list could not be read: {why}</source>
        <translation>已登录，但无法读取活动列表：{why}</translation>
    </message>
    <message>
        <source>No events for this organizer yet.</source>
        <translation>该主办方还没有活动。</translation>
    </message>
    <message>
        <source>No camera chosen (USB scanner only).</source>
        <translation>未选择摄像头（仅使用 USB 扫描器）。</translation>
    </message>
    <message>
        <source>Plug the camera in, close other programs that use it, or choose another camera in Settings; then check again.</source>
        <translation>请接上摄像头，关闭正在使用它的其他程序，或在设置中选择其他摄像头；然后再检查一次。</translation>
    </message>
    <message>
        <source>The code reader {name} cannot start: {error}</source>
        <translation>代码读取器 {name} 无法启动：{error}</translation>
    </message>
    <message>
        <source>Choose another decoder in Settings.</source>
        <translation>请在设置中选择其他解码器。</translation>
    </message>
    <message>
        <source>Does not open: {error}</source>
        <translation>无法打开：{error}</translation>
    </message>
    <message>
        <source>Stopped giving pictures: {error}</source>
        <translation>已停止输出画面：{error}</translation>
    </message>
    <message>
        <source>Opens and reads the printable test ticket.</source>
        <translation>可以打开并读取可打印的测试门票。</translation>
    </message>
    <message>
        <source>Opens and reads codes (read “{code}”).</source>
        <translation>可以打开并读取代码（读到“{code}”）。</translation>
    </message>
    <message>
        <source>Opens and reads codes.</source>
        <translation>可以打开并读取代码。</translation>
    </message>
    <message>
        <source>Opens but gives no picture.</source>
        <translation>可以打开但没有画面。</translation>
    </message>
    <message>
        <source>Gives pictures ({frames} frames) but saw no code.</source>
        <translation>有画面（{frames} 帧）但没有看到代码。</translation>
    </message>
    <message>
        <source>Hold a ticket (or the printable test ticket) in front of the camera and check again.</source>
        <translation>把一张门票（或可打印的测试门票）放在摄像头前，然后再检查一次。</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>参会者名单</translation>
    </message>
    <message>
        <source>A list imported from a file: nothing to download.</source>
        <translation>从文件导入的名单：无需下载。</translation>
    </message>
    <message>
        <source>Download the list again now (Sync now, or `orga-app sync --event {event}`).</source>
        <translation>立即重新下载名单（“立即同步”，或 `orga-app sync --event {event}`）。</translation>
    </message>
    <message>
        <source>Never downloaded: every ticket would be refused as unknown.</source>
        <translation>从未下载：每张门票都会因未知而被拒绝。</translation>
    </message>
    <message>
        <source>Downloaded later than this computer&apos;s clock says it is now.</source>
        <translation>下载时间晚于本机时钟显示的当前时间。</translation>
    </message>
    <message>
        <source>Last complete download {age} ago: tickets sold or changed since are not known here.</source>
        <translation>上次完整下载在 {age} 前：此后售出或更改的门票这里不知道。</translation>
    </message>
    <message>
        <source>Last complete download {age} ago.</source>
        <translation>上次完整下载在 {age} 前。</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Do what the reason says (often: sign in again), then sync.</source>
        <translation>按原因所说处理（通常是：重新登录），然后同步。</translation>
    </message>
    <message>
        <source>{failed} check-in(s) refused by the server, {pending} waiting to upload.</source>
        <translation>{failed} 条签到被服务器拒绝，{pending} 条等待上传。</translation>
    </message>
    <message>
        <source>Open Problems and retry or discard each refused check-in.</source>
        <translation>打开“问题”，对每条被拒绝的签到重试或放弃。</translation>
    </message>
    <message>
        <source>{pending} check-in(s) waiting to upload.</source>
        <translation>{pending} 条签到等待上传。</translation>
    </message>
    <message>
        <source>Connect to the network and sync; they upload by themselves when online.</source>
        <translation>连接网络并同步；联网后它们会自动上传。</translation>
    </message>
    <message>
        <source>Every check-in is on the server.</source>
        <translation>所有签到都已在服务器上。</translation>
    </message>
    <message>
        <source>Kiosk exit PIN</source>
        <translation>自助机退出 PIN</translation>
    </message>
    <message>
        <source>Set.</source>
        <translation>已设置。</translation>
    </message>
    <message>
        <source>No kiosk on this computer.</source>
        <translation>本机没有自助机。</translation>
    </message>
    <message>
        <source>Not set: the kiosk would ask for one at its first start, in front of guests.</source>
        <translation>未设置：自助机会在首次启动时当着来宾的面要求设置。</translation>
    </message>
    <message>
        <source>Start the kiosk (`orga-app gui --kiosk`) now and set a PIN of 4 to 8 digits.</source>
        <translation>现在启动自助机（`orga-app gui --kiosk`）并设置 4 到 8 位数字的 PIN。</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>可用空间</translation>
    </message>
    <message>
        <source>{mb} MB left for the local data.</source>
        <translation>本地数据还剩 {mb} MB 空间。</translation>
    </message>
    <message>
        <source>Free some disk space (delete or move large files), then check again.</source>
        <translation>请释放一些磁盘空间（删除或移走大文件），然后再检查一次。</translation>
    </message>
    <message>
        <source>Local data file</source>
        <translation>本地数据文件</translation>
    </message>
    <message>
        <source>Do not scan with this file. Keep a copy of the data folder for support, then sign in on a fresh data folder and download the event again.</source>
        <translation>不要用此文件扫描。请为技术支持保留一份数据文件夹的副本，然后在新的数据文件夹中登录并重新下载活动。</translation>
    </message>
    <message>
        <source>Cannot be read: {error}</source>
        <translation>无法读取：{error}</translation>
    </message>
    <message>
        <source>Intact (quick check).</source>
        <translation>完好（快速检查）。</translation>
    </message>
    <message>
        <source>Damaged: {first}</source>
        <translation>已损坏：{first}</translation>
    </message>
    <message>
        <source>Upload rights</source>
        <translation>上传权限</translation>
    </message>
    <message>
        <source>The server refuses this {who}: {why}</source>
        <translation>服务器拒绝此{who}：{why}</translation>
    </message>
    <message>
        <source>Pair this computer again with a new token from the organizer (Sign in).</source>
        <translation>请用主办方提供的新令牌重新配对本机（登录）。</translation>
    </message>
    <message>
        <source>The door&apos;s check-in list is gone from the server.</source>
        <translation>本入口的签到名单已从服务器上消失。</translation>
    </message>
    <message>
        <source>Choose this door&apos;s check-in list again on the events page.</source>
        <translation>请在活动页面重新选择本入口的签到名单。</translation>
    </message>
    <message>
        <source>Server not reached ({why}).</source>
        <translation>无法连接服务器（{why}）。</translation>
    </message>
    <message>
        <source>Connect and check again.</source>
        <translation>请连接网络后再检查一次。</translation>
    </message>
    <message>
        <source>May check people in on the list “{name}” as a {who}; the scan time goes up with each.</source>
        <translation>可以在名单“{name}”上签到（{who}）；每次都会上传扫描时间。</translation>
    </message>
    <message>
        <source>No check-in list chosen for this door: every scan would be refused.</source>
        <translation>本入口未选择签到名单：每次扫描都会被拒绝。</translation>
    </message>
    <message>
        <source>Choose the door&apos;s check-in list on the events page (or `orga-app lists`).</source>
        <translation>请在活动页面选择本入口的签到名单（或 `orga-app lists`）。</translation>
    </message>
    <message>
        <source>Not compared for this server type (the list counts only what it admits).</source>
        <translation>此类服务器不做比较（名单只统计它放行的）。</translation>
    </message>
    <message>
        <source>Attendees against the server</source>
        <translation>参会者与服务器对比</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>胸牌打印机</translation>
    </message>
    <message>
        <source>“{name}” takes jobs.</source>
        <translation>“{name}”可以接受任务。</translation>
    </message>
    <message>
        <source>Badges print at check-in, but no printer is chosen.</source>
        <translation>签到时会打印胸牌，但未选择打印机。</translation>
    </message>
    <message>
        <source>Choose the badge printer in the Badges settings.</source>
        <translation>请在胸牌设置中选择胸牌打印机。</translation>
    </message>
    <message>
        <source>“{name}” is not there (unplugged, renamed or removed).</source>
        <translation>找不到“{name}”（已拔出、改名或移除）。</translation>
    </message>
    <message>
        <source>Plug it in and switch it on, or choose another printer in the Badges settings.</source>
        <translation>请接上并开启打印机，或在胸牌设置中选择其他打印机。</translation>
    </message>
    <message>
        <source>“{name}” is stopped (paused, out of paper or offline).</source>
        <translation>“{name}”已停止（暂停、缺纸或离线）。</translation>
    </message>
    <message>
        <source>Fix the printer (paper, cable, power), then resume it in the system&apos;s printers.</source>
        <translation>修好打印机（纸张、线缆、电源），然后在系统的打印机设置中恢复它。</translation>
    </message>
    <message>
        <source>No server: a list imported from a file.</source>
        <translation>没有服务器：从文件导入的名单。</translation>
    </message>
    <message>
        <source>Not signed in to this event&apos;s server.</source>
        <translation>未登录此活动的服务器。</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>检查失败：{error}</translation>
    </message>
    <message>
        <source>Choose another camera in Settings; then check again.</source>
        <translation>请在设置中选择其他摄像头；然后再检查一次。</translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in: {why}</source>
        <translation>服务器不再接受此登录：{why}</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <source>Connect to the network and check again.</source>
        <translation>请连接网络后再检查一次。</translation>
    </message>
    <message>
        <source>The server does not tell this account&apos;s role; uploads will try and say so if the server refuses them.</source>
        <translation>服务器未告知此账户的角色；上传时会尝试，若服务器拒绝会提示。</translation>
    </message>
    <message>
        <source>Ask the event&apos;s owner to make this account co-organizer (or organizer), or sign in as a server admin.</source>
        <translation>请活动所有者将此账户设为联合主办方（或主办方），或以服务器管理员身份登录。</translation>
    </message>
    <message>
        <source>May check people in as {role}, through a registration station: the server records its own upload time and cannot record check-outs.</source>
        <translation>可以以{role}身份通过登记站签到：服务器记录自己的上传时间，且无法记录签出。</translation>
    </message>
    <message>
        <source>May check people in as {role}: scan time and door name go up with each check-in.</source>
        <translation>可以以{role}身份签到：每次签到都会上传扫描时间和入口名称。</translation>
    </message>
    <message>
        <source>Download the list again now.</source>
        <translation>请立即重新下载名单。</translation>
    </message>
    <message>
        <source>{local} here; could not compare ({why}).</source>
        <translation>本机 {local}；无法比较（{why}）。</translation>
    </message>
    <message>
        <source>{local} here, as on the server.</source>
        <translation>本机 {local}，与服务器一致。</translation>
    </message>
    <message>
        <source>{missing} attendee(s) on the server are not on this computer ({local} of {server}): their tickets would be refused as unknown.</source>
        <translation>服务器上有 {missing} 位参会者不在本机（{local}/{server}）：他们的门票会因未知而被拒绝。</translation>
    </message>
    <message>
        <source>{extra} attendee(s) here are no longer on the server ({local} here, {server} there).</source>
        <translation>本机有 {extra} 位参会者已不在服务器上（本机 {local}，服务器 {server}）。</translation>
    </message>
    <message>
        <source>Could not compare with the server&apos;s clock ({why}).</source>
        <translation>无法与服务器时钟比较（{why}）。</translation>
    </message>
    <message>
        <source>Within {off} of the server&apos;s clock.</source>
        <translation>与服务器时钟相差不超过 {off}。</translation>
    </message>
    <message>
        <source>Set date and time automatically (network time) in the system settings, or correct the clock and time zone by hand; then check again.</source>
        <translation>请在系统设置中开启自动日期和时间（网络时间），或手动校正时钟和时区；然后再检查一次。</translation>
    </message>
    <message>
        <source>USB scanner</source>
        <translation>USB 扫描器</translation>
    </message>
    <message>
        <source>Set up: {found}.</source>
        <translation>已设置：{found}。</translation>
    </message>
    <message>
        <source>The last set-up failed: {why}.</source>
        <translation>上次设置失败：{why}。</translation>
    </message>
    <message>
        <source>Run the scanner set-up again with the test code, or scan with the camera.</source>
        <translation>请用测试代码重新设置扫描器，或改用摄像头扫描。</translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation>未测试。</translation>
    </message>
    <message>
        <source>If this door uses a USB barcode scanner, run the scanner set-up once.</source>
        <translation>如果本入口使用 USB 条码扫描器，请运行一次扫描器设置。</translation>
    </message>
</context>
</TS>
