<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AddSiteDialog</name>
        <message>
            <source>Add a site</source>
            <translation>添加场地</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>场馆</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Nobody signed in, so CareKit closes: event data is shown only to a signed-in operator. Start CareKit again to sign in.</source>
            <translation>没有人登录，CareKit 将关闭：活动数据只向已登录的操作员显示。请重新启动 CareKit 登录。</translation>
        </message>
    </context>
    <context>
        <name>ApplySetupDialog</name>
        <message>
            <source>Apply a newer setup file</source>
            <translation>导入更新的设置文件</translation>
        </message>
        <message>
            <source>A coordinator gives a newer setup file when the event's keys were rotated or operators were added: this laptop takes the new key, the operators and their PINs from it, and keeps its own data.</source>
            <translation>活动密钥更换或新增操作员后，协调员会提供更新的设置文件：这台笔记本从中取得新密钥、操作员及其 PIN，并保留自己的数据。</translation>
        </message>
        <message>
            <source>Setup file</source>
            <translation>设置文件</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>口令</translation>
        </message>
        <message>
            <source>Choose the setup file first.</source>
            <translation>请先选择设置文件。</translation>
        </message>
    </context>
    <context>
        <name>ArrivalScan</name>
        <message>
            <source>At the pick-up point</source>
            <translation>在接站点</translation>
        </message>
        <message>
            <source>At the hotel</source>
            <translation>在酒店</translation>
        </message>
        <message>
            <source>Scan a traveller's badge on arrival</source>
            <translation>旅客到达时扫描其胸牌</translation>
        </message>
        <message>
            <source>{name}: already met at {time}, {desk} (this scan was recorded too)</source>
            <translation>{name}：已于 {time} 在 {desk} 接到（本次扫描也已记录）</translation>
        </message>
        <message>
            <source>{name}: arrived at {time}</source>
            <translation>{name}：{time} 已到达</translation>
        </message>
    </context>
    <context>
        <name>ArrivalsBoard</name>
        <message>
            <source>Arrivals board</source>
            <translation>到达看板</translation>
        </message>
        <message>
            <source>Family arrivals</source>
            <translation>家属到达</translation>
        </message>
        <message>
            <source>Arrives</source>
            <translation>到达时间</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Train / flight</source>
            <translation>车次 / 航班</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Vehicle</source>
            <translation>车辆</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>正点</translation>
        </message>
        <message>
            <source>landed</source>
            <translation>已到站</translation>
        </message>
        <message>
            <source>picked up</source>
            <translation>已接到</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>未接到</translation>
        </message>
        <message>
            <source>Still missing</source>
            <translation>仍未接到</translation>
        </message>
        <message>
            <source>Nobody missing</source>
            <translation>全部已接到</translation>
        </message>
    </context>
    <context>
        <name>BadgeActions</name>
        <message>
            <source>Badge</source>
            <translation>胸卡</translation>
        </message>
        <message>
            <source>The badge is ready.</source>
            <translation>胸卡已就绪。</translation>
        </message>
        <message>
            <source>Some characters have no font and print as �:</source>
            <translation>部分字符没有可用字体，将打印为 �：</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
    </context>
    <context>
        <name>BadgeLayouts</name>
        <message>
            <source>4 × 3 in badge (badge printers)</source>
            <translation>4 × 3 英寸胸卡（胸卡打印机）</translation>
        </message>
        <message>
            <source>A4 label sheet, 2 × 4 (99.1 × 67.7 mm, e.g. L7165)</source>
            <translation>A4 标签纸，2 × 4（99.1 × 67.7 毫米，如 L7165）</translation>
        </message>
        <message>
            <source>A4 label sheet, 3 × 8 (63.5 × 33.9 mm, e.g. L7159)</source>
            <translation>A4 标签纸，3 × 8（63.5 × 33.9 毫米，如 L7159）</translation>
        </message>
        <message>
            <source>CR80 card, 85.6 × 54 mm (card printers)</source>
            <translation>CR80 卡片，85.6 × 54 毫米（卡片打印机）</translation>
        </message>
    </context>
    <context>
        <name>BadgeOnScreen</name>
        <message>
            <source>Badge for {name}</source>
            <translation>{name} 的胸卡</translation>
        </message>
    </context>
    <context>
        <name>Badges</name>
        <message>
            <source>WORKER</source>
            <translation>员工</translation>
        </message>
        <message>
            <source>FAMILY</source>
            <translation>家属</translation>
        </message>
        <message>
            <source>GUEST</source>
            <translation>嘉宾</translation>
        </message>
        <message>
            <source>STAFF</source>
            <translation>工作人员</translation>
        </message>
    </context>
    <context>
        <name>BatchBadgeDialog</name>
        <message>
            <source>Print badges</source>
            <translation>批量打印胸卡</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>全部场地</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>员工</translation>
        </message>
        <message>
            <source>Family members</source>
            <translation>家属</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>嘉宾</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>工作人员</translation>
        </message>
        <message>
            <source>Only badges not printed yet</source>
            <translation>仅未打印过的胸卡</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>站点</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>版式</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>保存 PDF…</translation>
        </message>
        <message>
            <source>Save badges</source>
            <translation>保存胸卡</translation>
        </message>
        <message>
            <source>Preparing badges…</source>
            <translation>正在准备胸卡…</translation>
        </message>
        <message>
            <source>{done} of {total} badges</source>
            <translation>胸卡 {done} / {total}</translation>
        </message>
        <message>
            <source>{badges} on {pages} saved to {path}.</source>
            <translation>{badges}（共 {pages}）已保存到 {path}。</translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s)</source>
            <translation>
                <numerusform>%n 张胸卡</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n 页</numerusform>
            </translation>
        </message>
        <message>
            <source>Some characters have no font and print as �:</source>
            <translation>部分字符没有可用字体，将打印为 �：</translation>
        </message>
        <message>
            <source>Cancelled: nothing was marked printed.</source>
            <translation>已取消：没有胸卡被标记为已打印。</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>(sealed health value)</source>
            <translation>（已加密的健康数据）</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Written at</source>
            <translation>写入于</translation>
        </message>
        <message>
            <source>Shown now</source>
            <translation>当前显示</translation>
        </message>
        <message>
            <source>Keep this value</source>
            <translation>保留此值</translation>
        </message>
        <message>
            <source>Only a coordinator resolves conflicts.</source>
            <translation>只有协调员可以处理冲突。</translation>
        </message>
        <message>
            <source>Not resolved</source>
            <translation>未处理</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>常规</translation>
        </message>
        <message>
            <source>sealed here</source>
            <translation>本机无法读取</translation>
        </message>
        <message>
            <source>record not here yet</source>
            <translation>记录尚未同步到本机</translation>
        </message>
        <message>
            <source>no site</source>
            <translation>未指定场地</translation>
        </message>
        <message>
            <source>Arrivals</source>
            <translation>到场</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>已登记</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>已签到</translation>
        </message>
        <message>
            <source>Not yet arrived</source>
            <translation>尚未到场</translation>
        </message>
        <message>
            <source>Walk-ins</source>
            <translation>现场登记</translation>
        </message>
        <message>
            <source>Badges whose record is not here yet</source>
            <translation>记录尚未同步的胸卡</translation>
        </message>
        <message>
            <source>Registered and checked in</source>
            <translation>登记与签到</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>站点</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Check-ins per 15 minutes</source>
            <translation>每15分钟签到人数</translation>
        </message>
        <message>
            <source>Busiest desks</source>
            <translation>最忙的签到台</translation>
        </message>
        <message>
            <source>Scans per desk</source>
            <translation>各签到台扫码次数</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>签到台</translation>
        </message>
        <message>
            <source>Scans</source>
            <translation>扫码次数</translation>
        </message>
        <message>
            <source>First check-ins</source>
            <translation>首次签到</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>健康筛查</translation>
        </message>
        <message>
            <source>People screened</source>
            <translation>已筛查人数</translation>
        </message>
        <message>
            <source>Screenings per hour are for every site.</source>
            <translation>每小时筛查数为所有场地合计。</translation>
        </message>
        <message>
            <source>People screened per station per hour</source>
            <translation>各检查站每小时筛查人数</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>检查站</translation>
        </message>
        <message>
            <source>Hour</source>
            <translation>时段</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Flags by kind</source>
            <translation>各类提示</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>记录数</translation>
        </message>
        <message>
            <source>Some records' flags are sealed on this laptop: unlock the health key to count them.</source>
            <translation>部分记录的提示在本机加密：解锁健康密钥后才能统计。</translation>
        </message>
        <message>
            <source>Open referrals</source>
            <translation>未结转介</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>Open referrals by priority</source>
            <translation>按优先级的未结转介</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>去向</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未结</translation>
        </message>
        <message>
            <source>Laptops</source>
            <translation>各台电脑</translation>
        </message>
        <message>
            <source>Last bundle from each laptop</source>
            <translation>各电脑最近一次同步包</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>电脑</translation>
        </message>
        <message>
            <source>Newest data</source>
            <translation>最新数据</translation>
        </message>
        <message>
            <source>Bundle imported</source>
            <translation>同步包导入时间</translation>
        </message>
        <message>
            <source>this laptop</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>Family visits</source>
            <translation>家属探亲</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>预计到达</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>已到达</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>未接到</translation>
        </message>
        <message>
            <source>Travellers by status</source>
            <translation>各状态家属人数</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Travellers</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>培训</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>场次</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>出勤</translation>
        </message>
        <message>
            <source>Pass rate</source>
            <translation>通过率</translation>
        </message>
        <message>
            <source>Certificates issued</source>
            <translation>已发证书</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>未通过</translation>
        </message>
        <message>
            <source>Not finished</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>Results of the day's sessions</source>
            <translation>当日课程结果</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>总览</translation>
        </message>
        <message>
            <source>Site:</source>
            <translation>场地：</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>The day the figures are for; today where the event is, until you pick another.</source>
            <translation>这些数字所属的日期；默认是活动所在地的今天，直到您另选一天。</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Every site</source>
            <translation>所有场地</translation>
        </message>
        <message>
            <source>Figures of {date} · updated {time}</source>
            <translation>{date} 的数据 · 更新于 {time}</translation>
        </message>
        <message>
            <source>computed in {ms} ms</source>
            <translation>计算用时 {ms} 毫秒</translation>
        </message>
        <message>
            <source>this laptop up to {time}</source>
            <translation>本机截至 {time}</translation>
        </message>
        <message>
            <source>{laptop} up to {time} (bundle imported {imported})</source>
            <translation>{laptop} 截至 {time}（同步包导入于 {imported}）</translation>
        </message>
        <message>
            <source>Data: {parts}</source>
            <translation>数据：{parts}</translation>
        </message>
        <message>
            <source>No data yet.</source>
            <translation>暂无数据。</translation>
        </message>
    </context>
    <context>
        <name>DeskPage</name>
        <message>
            <source>Check-in desk</source>
            <translation>签到台</translation>
        </message>
        <message>
            <source>Scan a badge or search (name, pinyin, initials, phone, staff id, serial):</source>
            <translation>扫描胸卡，或搜索（姓名、拼音、首字母、手机号、工号、胸卡编号）：</translation>
        </message>
        <message>
            <source>Scan or type…</source>
            <translation>扫码或输入…</translation>
        </message>
        <message>
            <source>Walk-in (F2)</source>
            <translation>现场登记 (F2)</translation>
        </message>
        <message>
            <source>Print badge (F4)</source>
            <translation>打印胸卡 (F4)</translation>
        </message>
        <message>
            <source>Check in selected (Enter)</source>
            <translation>为选中人员签到 (Enter)</translation>
        </message>
        <message>
            <source>Open person (Ctrl+E)</source>
            <translation>打开人员 (Ctrl+E)</translation>
        </message>
        <message>
            <source>Enrol in a session (F6)</source>
            <translation>报名培训场次 (F6)</translation>
        </message>
        <message numerus="yes">
            <source>%n registered</source>
            <translation>
                <numerusform>已登记 %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{checked} checked in of {registered}</source>
            <translation>已签到 {checked} / {registered}</translation>
        </message>
        <message>
            <source>Nobody found for “{text}”. Check the spelling, try the phone or staff id, or press F2 to register a walk-in.</source>
            <translation>没有找到“{text}”。请检查拼写，试试手机号或工号，或按 F2 登记现场报名。</translation>
        </message>
        <message>
            <source>Select a person in the list first (↓ from the search field).</source>
            <translation>请先在列表中选择一个人（在搜索框按 ↓）。</translation>
        </message>
        <message>
            <source>Select a person in the list first (↓ from the search field), then press F6 to enrol them in a session.</source>
            <translation>请先在列表中选择一个人(在搜索框按 ↓),再按 F6 为其报名培训场次。</translation>
        </message>
        <message>
            <source>There is no training session still to come to enrol into.</source>
            <translation>没有尚未结束、可以报名的培训场次。</translation>
        </message>
        <message>
            <source>Already enrolled in this session</source>
            <translation>已报名本场次</translation>
        </message>
        <message>
            <source>Already on this session's waiting list (#{n})</source>
            <translation>已在本场次的候补名单上(第 {n} 位)</translation>
        </message>
        <message>
            <source>Enrolled in the session</source>
            <translation>已报名该场次</translation>
        </message>
        <message>
            <source>Session full: on the waiting list (#{n})</source>
            <translation>场次已满:已列入候补名单(第 {n} 位)</translation>
        </message>
        <message>
            <source>Nobody to print a badge for: scan a badge or select a person in the list, then press F4.</source>
            <translation>没有可打印胸卡的人：请先扫描胸卡或在列表中选择一个人，再按 F4。</translation>
        </message>
    </context>
    <context>
        <name>DeviceDialog</name>
        <message>
            <source>This laptop</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>Desk name</source>
            <translation>服务台名称</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>站点</translation>
        </message>
    </context>
    <context>
        <name>DuplicateChoice</name>
        <message>
            <source>Already registered?</source>
            <translation>已经登记过？</translation>
        </message>
        <message>
            <source>These people already have this phone or staff id. Is the walk-in one of them?</source>
            <translation>以下人员已使用这个手机号或工号。现场报名的人是其中之一吗？</translation>
        </message>
        <message>
            <source>checked in</source>
            <translation>已签到</translation>
        </message>
        <message>
            <source>not checked in</source>
            <translation>未签到</translation>
        </message>
        <message>
            <source>Yes: check this person in</source>
            <translation>是：为此人签到</translation>
        </message>
        <message>
            <source>No: register as new (flagged as possible duplicate)</source>
            <translation>否：作为新人员登记（标记为可能重复）</translation>
        </message>
        <message>
            <source>Back to the form</source>
            <translation>返回表单</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesView</name>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Maybe the same as</source>
            <translation>可能与此人相同</translation>
        </message>
        <message>
            <source>Because</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Same person: merge into the first…</source>
            <translation>同一个人：并入第一位…</translation>
        </message>
        <message>
            <source>Different people</source>
            <translation>不同的人</translation>
        </message>
        <message>
            <source>same phone {value}</source>
            <translation>手机号相同 {value}</translation>
        </message>
        <message>
            <source>same staff id {value}</source>
            <translation>工号相同 {value}</translation>
        </message>
        <message>
            <source>Undo the last merge ({absorbed} into {kept})</source>
            <translation>撤销最近一次合并（{absorbed} 并入 {kept}）</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>Undo merge</source>
            <translation>撤销合并</translation>
        </message>
        <message>
            <source>Give {absorbed} back their own record, badges, consents and check-ins, apart from {kept}?</source>
            <translation>让 {absorbed} 重新拥有自己的记录、胸卡、同意记录和签到，与 {kept} 分开？</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Enrol in a training session</source>
            <translation>报名培训场次</translation>
        </message>
        <message>
            <source>Enrol {name} in which session? (↑↓ to choose, Enter to enrol)</source>
            <translation>为 {name} 报名哪个场次?(↑↓ 选择,回车报名)</translation>
        </message>
        <message>
            <source>Enrol in this session</source>
            <translation>报名此场次</translation>
        </message>
        <message>
            <source>{enrolled}/{capacity} enrolled</source>
            <translation>已报名 {enrolled}/{capacity}</translation>
        </message>
        <message>
            <source>full ({capacity}): joins the waiting list</source>
            <translation>已满({capacity}):将列入候补名单</translation>
        </message>
        <message>
            <source>already enrolled here</source>
            <translation>已报名此场次</translation>
        </message>
        <message>
            <source>already on the waiting list here</source>
            <translation>已在此场次的候补名单上</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase a person</source>
            <translation>删除个人信息</translation>
        </message>
        <message>
            <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; The person's name, phone, staff id, employer, city, health records and notes are cleared on this laptop now and on every laptop that receives this laptop's next bundle. Their check-ins stay only as anonymous counts and their badge stops working.</source>
            <translation>&lt;b&gt;此操作无法撤销。&lt;/b&gt;此人的姓名、电话、工号、单位、城市、健康记录和备注会立即在本机清除，并在收到本机下一个同步包的每台电脑上清除。其签到只作为匿名计数保留，胸卡失效。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Staff id</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>胸卡</translation>
        </message>
        <message>
            <source>for example: asked at the desk on 5 December</source>
            <translation>例如：12月5日在签到台本人要求</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>永久删除</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>No event database given: use --db PATH (or --demo).</source>
            <translation>未指定活动数据库：请使用 --db 路径（或 --demo）。</translation>
        </message>
        <message>
            <source>Sign in first: name the operator with --operator NAME (or $CAREKIT_OPERATOR) and give the PIN in $CAREKIT_PIN.</source>
            <translation>请先登录：用 --operator 姓名（或 $CAREKIT_OPERATOR）指明操作员，并在 $CAREKIT_PIN 中提供 PIN。</translation>
        </message>
        <message>
            <source>This is not a CareKit badge code. Nothing was recorded.</source>
            <translation>这不是 CareKit 胸卡码，未做任何记录。</translation>
        </message>
        <message>
            <source>The badge code is damaged or incomplete. Scan again or search by name.</source>
            <translation>胸卡码损坏或不完整。请重新扫描，或按姓名搜索。</translation>
        </message>
        <message>
            <source>This badge belongs to another event. Nothing was recorded.</source>
            <translation>此胸卡属于其他活动，未做任何记录。</translation>
        </message>
        <message>
            <source>This badge code is forged or altered. Nothing was recorded.</source>
            <translation>此胸卡码系伪造或被篡改，未做任何记录。</translation>
        </message>
        <message>
            <source>This badge was made with a badge key retired after a laptop was lost, and no such badge was printed here. Nothing was recorded; print the person a new badge.</source>
            <translation>此胸卡使用的胸卡密钥已在笔记本电脑丢失后停用，且本机没有打印过这张胸卡。未作任何记录；请为此人打印新胸卡。</translation>
        </message>
        <message>
            <source>This registration was cancelled or the person erased. Nothing was recorded.</source>
            <translation>此登记已取消或此人资料已删除，未做任何记录。</translation>
        </message>
        <message>
            <source>This person's data was erased at their request; the badge is no longer valid. Nothing was recorded.</source>
            <translation>此人的信息已应本人要求删除，胸卡不再有效。未记录任何内容。</translation>
        </message>
        <message>
            <source>The event needs a name.</source>
            <translation>活动需要名称。</translation>
        </message>
        <message>
            <source>'{value}' is not a date; write it as YYYY-MM-DD.</source>
            <translation>“{value}”不是日期，请按 YYYY-MM-DD 填写。</translation>
        </message>
        <message>
            <source>The day report is a .pdf file, not {name}.</source>
            <translation>日报是 .pdf 文件，而不是 {name}。</translation>
        </message>
        <message>
            <source>The event ends ({end}) before it starts ({start}).</source>
            <translation>活动结束日期（{end}）早于开始日期（{start}）。</translation>
        </message>
        <message>
            <source>'{zone}' is not a time zone; use a name such as Asia/Shanghai.</source>
            <translation>“{zone}”不是时区，请使用如 Asia/Shanghai 的名称。</translation>
        </message>
        <message>
            <source>'{region}' is not a phone region; use a code such as CN or BR.</source>
            <translation>“{region}”不是电话地区，请使用如 CN 或 BR 的代码。</translation>
        </message>
        <message>
            <source>Every site needs a city.</source>
            <translation>每个场地都需要填写城市。</translation>
        </message>
        <message>
            <source>Say who is creating the event.</source>
            <translation>请填写活动创建人。</translation>
        </message>
        <message>
            <source>A PIN is at least {low} digits (letters may be added), at most {high} characters.</source>
            <translation>PIN 至少 {low} 位数字（可加字母），最多 {high} 个字符。</translation>
        </message>
        <message>
            <source>{file} already holds an event; use another file.</source>
            <translation>{file} 中已有活动，请使用其他文件。</translation>
        </message>
        <message>
            <source>This file holds no event yet. Create one, or join one from a setup file.</source>
            <translation>此文件中还没有活动。请新建活动，或通过设置文件加入活动。</translation>
        </message>
        <message>
            <source>This laptop is not part of the event yet.</source>
            <translation>本机尚未加入此活动。</translation>
        </message>
        <message>
            <source>No operator called {name} in this event.</source>
            <translation>此活动中没有名为 {name} 的操作员。</translation>
        </message>
        <message>
            <source>Too many wrong PINs for {name}. Try again in {seconds} s.</source>
            <translation>{name} 的 PIN 错误次数过多，请 {seconds} 秒后再试。</translation>
        </message>
        <message>
            <source>{name} has no PIN on this laptop yet. A coordinator sets it here (Operators, or carekit operator set-pin), or apply a new setup file that carries it.</source>
            <translation>{name} 在这台笔记本上还没有 PIN。请协调员在这里设置（操作员，或 carekit operator set-pin），或导入带有该 PIN 的新设置文件。</translation>
        </message>
        <message>
            <source>{name} needs a PIN to sign in.</source>
            <translation>{name} 需要输入 PIN 才能登录。</translation>
        </message>
        <message>
            <source>Wrong PIN. Too many wrong PINs for {name}: try again in {seconds} s.</source>
            <translation>PIN 错误。{name} 的 PIN 错误次数过多，请 {seconds} 秒后再试。</translation>
        </message>
        <message>
            <source>Wrong PIN for {name}.</source>
            <translation>{name} 的 PIN 错误。</translation>
        </message>
        <message>
            <source>{name} must choose a new PIN of at least {low} digits before signing in.</source>
            <translation>{name} 须先设置至少 {low} 位数字的新 PIN 才能登录。</translation>
        </message>
        <message>
            <source>'{role}' is not a role; use desk, medic, trainer or coordinator.</source>
            <translation>“{role}”不是有效角色，请使用 desk（服务台志愿者）、medic（医护人员）、trainer（培训师）或 coordinator（协调员）。</translation>
        </message>
        <message>
            <source>Give the operator at least one role.</source>
            <translation>请为操作员至少指定一个角色。</translation>
        </message>
        <message>
            <source>The operator needs a name.</source>
            <translation>操作员需要姓名。</translation>
        </message>
        <message>
            <source>There is already an operator called {name}.</source>
            <translation>已有名为 {name} 的操作员。</translation>
        </message>
        <message>
            <source>You cannot retire yourself; ask another coordinator.</source>
            <translation>不能停用自己；请另一位协调员操作。</translation>
        </message>
        <message>
            <source>{name} is the event's only coordinator; name another one first.</source>
            <translation>{name} 是活动唯一的协调员；请先指定另一位。</translation>
        </message>
        <message>
            <source>No such person.</source>
            <translation>查无此人。</translation>
        </message>
        <message>
            <source>The name is missing.</source>
            <translation>缺少姓名。</translation>
        </message>
        <message>
            <source>Write the person's name.</source>
            <translation>请填写姓名。</translation>
        </message>
        <message>
            <source>Read the registration notice to the person and tick their consent first.</source>
            <translation>请先向本人宣读登记告知书，并勾选其同意。</translation>
        </message>
        <message>
            <source>name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>手机号</translation>
        </message>
        <message>
            <source>staff id</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>employer</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>job</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>city</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>The {field} is {length} characters long; at most {limit} fit.</source>
            <translation>{field}长 {length} 个字符；最多 {limit} 个。</translation>
        </message>
        <message>
            <source>The {field} holds a control character ({code}); remove it and save again.</source>
            <translation>{field}含有控制字符（{code}），请删除后再保存。</translation>
        </message>
        <message>
            <source>Phone '{phone}' is not a valid number.</source>
            <translation>手机号“{phone}”不是有效号码。</translation>
        </message>
        <message>
            <source>Choose a category.</source>
            <translation>请选择类别。</translation>
        </message>
        <message>
            <source>Choose a job.</source>
            <translation>请选择岗位。</translation>
        </message>
        <message>
            <source>'{field}' cannot be edited here.</source>
            <translation>这里不能修改“{field}”。</translation>
        </message>
        <message>
            <source>{name} was merged into another record; edit that one.</source>
            <translation>{name} 已合并到另一条记录；请修改那一条。</translation>
        </message>
        <message>
            <source>Say why the check-in is annulled.</source>
            <translation>请说明作废这次签到的原因。</translation>
        </message>
        <message>
            <source>No such check-in.</source>
            <translation>没有这次签到。</translation>
        </message>
        <message>
            <source>This check-in was annulled already.</source>
            <translation>这次签到已经作废。</translation>
        </message>
        <message>
            <source>No worker '{worker}' is registered.</source>
            <translation>没有登记为“{worker}”的员工。</translation>
        </message>
        <message>
            <source>{name} is not a worker ({category}); a traveller visits a registered worker.</source>
            <translation>{name} 不是员工（{category}）；出行家属须对应一位已登记的员工。</translation>
        </message>
        <message>
            <source>'{person}' is not a traveller of this event.</source>
            <translation>“{person}”不是本次活动的出行家属。</translation>
        </message>
        <message>
            <source>Write the traveller's name.</source>
            <translation>请填写出行人的姓名。</translation>
        </message>
        <message>
            <source>'{value}' is not a relationship; use one of {choices}.</source>
            <translation>“{value}”不是有效的关系；请使用：{choices}。</translation>
        </message>
        <message>
            <source>'{value}' is not an age band; use one of {choices}.</source>
            <translation>“{value}”不是有效的年龄段；请使用：{choices}。</translation>
        </message>
        <message>
            <source>'{value}' is not a need; use {choices}.</source>
            <translation>“{value}”不是有效的特殊需求；请使用：{choices}。</translation>
        </message>
        <message>
            <source>Phone '{phone}' is not a valid number for region {region}.</source>
            <translation>手机号“{phone}”不是 {region} 地区的有效号码。</translation>
        </message>
        <message>
            <source>{name} cannot travel without an adult: add an adult of {worker}'s family first.</source>
            <translation>{name} 不能在没有成年人陪同的情况下出行：请先添加 {worker} 家中的一位成年人。</translation>
        </message>
        <message>
            <source>'{value}' is not a traveller status; use one of {choices}.</source>
            <translation>“{value}”不是有效的出行状态；请使用：{choices}。</translation>
        </message>
        <message>
            <source>{operator} may only mark travellers arrived; other changes need a coordinator.</source>
            <translation>{operator} 只能把出行人标记为已到达；其他更改需要协调员。</translation>
        </message>
        <message>
            <source>{person} is already {current}; a status does not go back to {status}.</source>
            <translation>{person} 已是“{current}”；状态不能退回到“{status}”。</translation>
        </message>
        <message>
            <source>{operator} may not do this: it needs the role {roles}.</source>
            <translation>{operator} 无权执行此操作：需要角色 {roles}。</translation>
        </message>
        <message>
            <source>'{part}' is not FIELD=HEADER (for example name=姓名).</source>
            <translation>“{part}”不符合 FIELD=HEADER 格式（例如 name=姓名）。</translation>
        </message>
        <message>
            <source>Give the new PIN with --pin.</source>
            <translation>请用 --pin 指定新 PIN。</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>两次输入的 PIN 不一致。</translation>
        </message>
        <message>
            <source>Give the health passphrase in CAREKIT_HEALTH_PASSPHRASE.</source>
            <translation>请在 CAREKIT_HEALTH_PASSPHRASE 中提供健康口令。</translation>
        </message>
        <message>
            <source>Give the event file's passphrase in CAREKIT_DB_PASSPHRASE.</source>
            <translation>请在 CAREKIT_DB_PASSPHRASE 中提供活动文件的口令。</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>两次输入的口令不一致。</translation>
        </message>
        <message>
            <source>This event file is already encrypted.</source>
            <translation>此活动文件已经加密。</translation>
        </message>
        <message>
            <source>{file} already exists; name a new file.</source>
            <translation>{file} 已存在；请换一个新文件名。</translation>
        </message>
        <message>
            <source>Give the new file's passphrase in CAREKIT_NEW_DB_PASSPHRASE.</source>
            <translation>请在 CAREKIT_NEW_DB_PASSPHRASE 中提供新文件的口令。</translation>
        </message>
        <message>
            <source>An event passphrase has at least {n} characters.</source>
            <translation>活动口令至少需要 {n} 个字符。</translation>
        </message>
        <message>
            <source>Give the new health passphrase in CAREKIT_NEW_HEALTH_PASSPHRASE.</source>
            <translation>请在 CAREKIT_NEW_HEALTH_PASSPHRASE 中提供新的健康口令。</translation>
        </message>
        <message>
            <source>There is no site '{site}'.</source>
            <translation>没有场地“{site}”。</translation>
        </message>
        <message>
            <source>'{layout}' is not a badge layout; choose from {choices}.</source>
            <translation>“{layout}”不是胸卡版式，请从 {choices} 中选择。</translation>
        </message>
        <message>
            <source>No registrations match: no badges to print.</source>
            <translation>没有符合条件的登记，无胸卡可打印。</translation>
        </message>
        <message>
            <source>Give the organisation's name for its key.</source>
            <translation>请填写密钥所属机构的名称。</translation>
        </message>
        <message>
            <source>No issuing key {key}.</source>
            <translation>没有签发密钥 {key}。</translation>
        </message>
        <message>
            <source>Say who or which laptop the key is for.</source>
            <translation>请说明此密钥给谁或哪台电脑使用。</translation>
        </message>
        <message>
            <source>An issuing key is delegated for 1 to {most} days (got {days}).</source>
            <translation>签发密钥的授权期为 1 到 {most} 天（收到 {days}）。</translation>
        </message>
        <message>
            <source>The organisation's root key is not on this laptop: delegate from the laptop that holds it (or restore its backup there).</source>
            <translation>本机没有机构根密钥：请在持有根密钥的电脑上授权（或在那里恢复其备份）。</translation>
        </message>
        <message>
            <source>Issuing key {key} was revoked; make a new one.</source>
            <translation>签发密钥 {key} 已被吊销；请新建一个。</translation>
        </message>
        <message>
            <source>Say why the issuing key is revoked.</source>
            <translation>请说明吊销签发密钥的原因。</translation>
        </message>
        <message>
            <source>This laptop's issuing key {key} expired on {until}: ask a coordinator to delegate a new one.</source>
            <translation>本机的签发密钥 {key} 已于 {until} 过期：请协调员授权一个新的。</translation>
        </message>
        <message>
            <source>This laptop's issuing key was revoked: ask a coordinator for a new one.</source>
            <translation>本机的签发密钥已被吊销：请向协调员申请新的。</translation>
        </message>
        <message>
            <source>This laptop's issuing key {key} has no delegation for {day} yet: a coordinator signs it on the root key's laptop, and it arrives with the next bundle.</source>
            <translation>本机的签发密钥 {key} 尚无 {day} 的授权：协调员在持有根密钥的电脑上签署后，授权会随下一个同步包到达。</translation>
        </message>
        <message>
            <source>This laptop has no issuing key: request one (keys request) and have a coordinator delegate it.</source>
            <translation>本机没有签发密钥：请申请一个（keys request），再由协调员授权。</translation>
        </message>
        <message>
            <source>{file} is damaged.</source>
            <translation>{file} 已损坏。</translation>
        </message>
        <message>
            <source>This event has no signing key yet: generate one first.</source>
            <translation>此活动还没有签名密钥，请先生成。</translation>
        </message>
        <message>
            <source>This is not a CareKit public key file.</source>
            <translation>这不是 CareKit 公钥文件。</translation>
        </message>
        <message>
            <source>A certificate is valid for at least one month.</source>
            <translation>证书有效期至少为一个月。</translation>
        </message>
        <message>
            <source>Course code, course name and trainer are needed and may not contain '|'.</source>
            <translation>课程代码、课程名称和培训师均为必填，且不能包含“|”。</translation>
        </message>
        <message>
            <source>No person with id {id}.</source>
            <translation>没有 ID 为 {id} 的人员。</translation>
        </message>
        <message>
            <source>A name may not contain '|'.</source>
            <translation>姓名不能包含“|”。</translation>
        </message>
        <message>
            <source>No certificate with serial {serial}.</source>
            <translation>没有编号为 {serial} 的证书。</translation>
        </message>
        <message>
            <source>Say why the certificate is revoked.</source>
            <translation>请说明吊销证书的原因。</translation>
        </message>
        <message>
            <source>This conflict was already resolved (perhaps on another laptop).</source>
            <translation>此冲突已被处理（可能是在其他设备上）。</translation>
        </message>
        <message>
            <source>Pick one of the values shown.</source>
            <translation>请从显示的值中选择一个。</translation>
        </message>
        <message>
            <source>The record itself has not arrived yet; import the bundle that created it first.</source>
            <translation>该记录本身尚未同步到本机，请先导入创建它的同步包。</translation>
        </message>
        <message>
            <source>This conflict changed meanwhile; look at its values again.</source>
            <translation>此冲突已有变化，请重新查看各个取值。</translation>
        </message>
        <message>
            <source>Sign in first.</source>
            <translation>请先登录。</translation>
        </message>
        <message>
            <source>'{kind}' is not a kind of consent.</source>
            <translation>“{kind}”不是有效的同意类型。</translation>
        </message>
        <message>
            <source>Say which version of the notice the person was shown.</source>
            <translation>请注明向本人出示的告知书版本。</translation>
        </message>
        <message>
            <source>{name} has already given this consent.</source>
            <translation>{name} 已给予此项同意。</translation>
        </message>
        <message>
            <source>There is no such consent to withdraw.</source>
            <translation>没有可撤回的此项同意。</translation>
        </message>
        <message>
            <source>No site called {site} in this event.</source>
            <translation>此活动中没有名为 {site} 的场地。</translation>
        </message>
        <message>
            <source>Export to a .csv or .xlsx file, not {name}.</source>
            <translation>请导出为 .csv 或 .xlsx 文件，而不是 {name}。</translation>
        </message>
        <message>
            <source>'{value}' is not a referral destination.</source>
            <translation>“{value}”不是有效的转诊去向。</translation>
        </message>
        <message>
            <source>No such referral.</source>
            <translation>没有此转诊。</translation>
        </message>
        <message>
            <source>A referral that is {old} cannot become {new}.</source>
            <translation>状态为“{old}”的转诊不能改为“{new}”。</translation>
        </message>
        <message>
            <source>line {line}: the row has {cells} cells but the header has {columns}; is a separator or quote missing?</source>
            <translation>第 {line} 行：该行有 {cells} 个单元格，但表头有 {columns} 列；是否缺少分隔符或引号？</translation>
        </message>
        <message>
            <source>line {line}: the {field} is {length} characters long; at most {limit} fit.</source>
            <translation>第 {line} 行：{field}长 {length} 个字符；最多 {limit} 个。</translation>
        </message>
        <message>
            <source>line {line}: the {field} holds a control character ({code}); it was not imported.</source>
            <translation>第 {line} 行：{field}含有控制字符（{code}），未导入。</translation>
        </message>
        <message>
            <source>line {line}: the name is missing.</source>
            <translation>第 {line} 行：缺少姓名。</translation>
        </message>
        <message>
            <source>line {line}: the name '{name}' is a date, not a name; is the name column right?</source>
            <translation>第 {line} 行：姓名“{name}”是一个日期，不是姓名；姓名列选对了吗？</translation>
        </message>
        <message>
            <source>line {line}: phone '{phone}' lost its digits to Excel's scientific notation; format the column as text and export again.</source>
            <translation>第 {line} 行：手机号“{phone}”因 Excel 科学计数法丢失了数字；请将该列设为文本格式后重新导出。</translation>
        </message>
        <message>
            <source>line {line}: phone '{phone}' is not a valid number</source>
            <translation>第 {line} 行：手机号“{phone}”不是有效号码</translation>
        </message>
        <message>
            <source>line {line}: phone '{phone}' is not a valid number for region {region}</source>
            <translation>第 {line} 行：手机号“{phone}”不是 {region} 地区的有效号码</translation>
        </message>
        <message>
            <source>line {line}: staff id '{staff}' lost its digits to Excel's scientific notation.</source>
            <translation>第 {line} 行：工号“{staff}”因 Excel 科学计数法丢失了数字。</translation>
        </message>
        <message>
            <source>line {line}: category '{category}' is not one of worker, family, guest, staff.</source>
            <translation>第 {line} 行：类别“{category}”不是 worker（员工）、family（家属）、guest（嘉宾）、staff（工作人员）之一。</translation>
        </message>
        <message>
            <source>The event has no site in '{city}'; its sites are: {sites}.</source>
            <translation>此活动在“{city}”没有场地；现有场地：{sites}。</translation>
        </message>
        <message>
            <source>line {line}: phone {phone} has a mobile's length for {region} but is in no known number range; imported as it is, please check it.</source>
            <translation>第 {line} 行：手机号 {phone} 符合 {region} 手机号长度，但不在已知号段内；已按原样导入，请核对。</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <translation>导入已取消，未写入任何内容。</translation>
        </message>
        <message>
            <source>{file} starts as UTF-16 text but cannot be read as it; save it again as CSV UTF-8 or as XLSX.</source>
            <translation>{file} 开头是 UTF-16 文本，但无法按此读取；请重新另存为 CSV UTF-8 或 XLSX。</translation>
        </message>
        <message>
            <source>{file} is neither UTF-8 nor GBK nor Big5 text; save it again as CSV UTF-8 or as XLSX.</source>
            <translation>{file} 既不是 UTF-8，也不是 GBK 或 Big5 文本；请重新另存为 CSV UTF-8 或 XLSX。</translation>
        </message>
        <message>
            <source>line {line}: this line is not {encoding} like the rest of the file (was it pasted from another file?); it was not imported. Type it again or save the whole file as CSV UTF-8.</source>
            <translation>第 {line} 行：这一行不像文件其余部分那样是 {encoding} 编码（是从别的文件粘贴的吗？），未导入。请重新输入，或把整个文件另存为 CSV UTF-8。</translation>
        </message>
        <message>
            <source>line {line}: the line holds a NUL byte (binary data); it was not imported.</source>
            <translation>第 {line} 行：这一行含有 NUL 字节（二进制数据），未导入。</translation>
        </message>
        <message>
            <source>line {line}: the line is {length} characters long, more than a roster line can be ({limit}); it was not imported.</source>
            <translation>第 {line} 行：这一行长 {length} 个字符，超过名单一行的上限（{limit}），未导入。</translation>
        </message>
        <message>
            <source>line {line}: the file cannot be read as CSV ({detail}).</source>
            <translation>第 {line} 行：无法按 CSV 读取该文件（{detail}）。</translation>
        </message>
        <message>
            <source>{file} cannot be opened as an Excel workbook ({detail}).</source>
            <translation>无法将 {file} 作为 Excel 工作簿打开（{detail}）。</translation>
        </message>
        <message>
            <source>line {line}: the row holds binary data or is {length} characters long (at most {limit}); it was not imported.</source>
            <translation>第 {line} 行：这一行含有二进制数据或长 {length} 个字符（最多 {limit}），未导入。</translation>
        </message>
        <message>
            <source>{file} is an old Excel 97 file; save it as XLSX or CSV UTF-8 first.</source>
            <translation>{file} 是旧版 Excel 97 文件；请先另存为 XLSX 或 CSV UTF-8。</translation>
        </message>
        <message>
            <source>{file} is not a text file; save the roster as CSV or XLSX.</source>
            <translation>{file} 不是文本文件；请将名单另存为 CSV 或 XLSX。</translation>
        </message>
        <message>
            <source>{file} cannot be read: {detail}</source>
            <translation>无法读取 {file}：{detail}</translation>
        </message>
        <message>
            <source>{file} is empty: the first line should name the columns.</source>
            <translation>{file} 为空：第一行应为各列的列名。</translation>
        </message>
        <message>
            <source>'{field}' is not a roster field; use one of {fields}.</source>
            <translation>“{field}”不是名单字段，请使用以下之一：{fields}。</translation>
        </message>
        <message>
            <source>The file has no column {column}.</source>
            <translation>文件中没有第 {column} 列。</translation>
        </message>
        <message>
            <source>{file}: no column holds the names. The first line should name the columns (for example 姓名, Name, Nombre or Nome); found: {headers}.</source>
            <translation>{file}：没有找到姓名列。第一行应为各列的列名（例如 姓名、Name、Nombre 或 Nome）；实际找到：{headers}。</translation>
        </message>
        <message>
            <source>The file has no column '{column}'; its columns are: {headers}.</source>
            <translation>文件中没有“{column}”列；现有列：{headers}。</translation>
        </message>
        <message>
            <source>{label} is missing.</source>
            <translation>缺少{label}。</translation>
        </message>
        <message>
            <source>{label}: '{text}' is not a number.</source>
            <translation>{label}：“{text}”不是数字。</translation>
        </message>
        <message>
            <source>{label}: {text} is outside the plausible range {low}–{high} {unit}.</source>
            <translation>{label}：{text} 超出合理范围 {low}–{high} {unit}。</translation>
        </message>
        <message>
            <source>{label}: '{text}' is not a Snellen fraction such as 6/6 or 20/40.</source>
            <translation>{label}：“{text}”不是 Snellen 分数视力值（如 6/6 或 20/40）。</translation>
        </message>
        <message>
            <source>{label}: '{text}' is not one of the choices.</source>
            <translation>{label}：“{text}”不是可选项之一。</translation>
        </message>
        <message>
            <source>{label}: give both systolic and diastolic.</source>
            <translation>{label}：请同时填写收缩压和舒张压。</translation>
        </message>
        <message>
            <source>The idle lock is 1 to 240 minutes.</source>
            <translation>闲置锁定时间应为 1 到 240 分钟。</translation>
        </message>
        <message>
            <source>'{value}' is not a BMI standard; use who or china.</source>
            <translation>“{value}”不是 BMI 标准，请使用 who（WHO 标准）或 china（中国标准）。</translation>
        </message>
        <message>
            <source>This is not a valid badge of this event.</source>
            <translation>这不是本活动的有效胸卡。</translation>
        </message>
        <message>
            <source>This badge is valid but its person has not reached this laptop yet. Sync first.</source>
            <translation>此胸卡有效，但本机尚无此人的资料。请先同步。</translation>
        </message>
        <message>
            <source>'{station}' is not a station.</source>
            <translation>“{station}”不是检查站。</translation>
        </message>
        <message>
            <source>{name} has not given health consent: nothing was saved.</source>
            <translation>{name} 尚未给予健康检查同意，未保存任何内容。</translation>
        </message>
        <message>
            <source>The record to correct is not this person's {station} record.</source>
            <translation>要更正的记录不是此人的{station}记录。</translation>
        </message>
        <message>
            <source>No such screening record.</source>
            <translation>没有此筛查记录。</translation>
        </message>
        <message>
            <source>Use a passphrase of at least {n} characters.</source>
            <translation>口令至少需要 {n} 个字符。</translation>
        </message>
        <message>
            <source>Capabilities are desk, station, training and coordinator.</source>
            <translation>权限可选：desk（签到台）、station（体检站）、training（培训）、coordinator（协调员）。</translation>
        </message>
        <message>
            <source>Only a laptop with the coordinator capability hands out setup files.</source>
            <translation>只有具备协调员权限的电脑才能发放活动设置文件。</translation>
        </message>
        <message>
            <source>{file} already holds an event; join from a new file.</source>
            <translation>{file} 中已有活动；请使用新文件加入。</translation>
        </message>
        <message>
            <source>{file} was made by an older CareKit and grants this laptop nothing; ask the coordinator for a new setup file.</source>
            <translation>{file} 由旧版 CareKit 制作，不能授予本电脑任何权限；请向协调员索取新的设置文件。</translation>
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation>导出已取消。</translation>
        </message>
        <message>
            <source>{file} carries only changes made after what this laptop lacks: from {laptop} it assumes everything up to {needed}, and this laptop has {held}. Import a full bundle (or the earlier ones) from that laptop first; nothing was imported.</source>
            <translation>{file} 只含有本机所缺内容之后的更改：它假定本机已有 {laptop} 截至 {needed} 的全部数据，而本机只有 {held}。请先导入该电脑的完整同步包（或更早的同步包）；未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} is encrypted with event keys this laptop does not have: a coordinator rotated them. Apply the new setup file here (carekit event rekey --setup FILE); nothing was imported.</source>
            <translation>{file} 使用了这台笔记本没有的活动密钥加密：协调员已更换密钥。请在这里导入新的设置文件（carekit event rekey --setup FILE）；未导入任何内容。</translation>
        </message>
        <message>
            <source>The event file stayed busy with another import or a long write for {minutes} minutes; {file} was not imported. Try again when that has finished.</source>
            <translation>活动文件被另一次导入或一次长时间写入占用了 {minutes} 分钟；{file} 未导入。请等其完成后再试。</translation>
        </message>
        <message>
            <source>{file} comes from {laptop}, which this laptop does not know yet, under the event keys from before they were rotated. Apply the new setup file on {laptop} first; nothing was imported.</source>
            <translation>{file} 来自 {laptop}，这台笔记本还不认识它，且使用的是更换前的活动密钥。请先在 {laptop} 上导入新的设置文件；未导入任何内容。</translation>
        </message>
        <message>
            <source>Only a laptop with the coordinator capability rotates the event's keys.</source>
            <translation>只有具备协调员能力的笔记本才能更换活动密钥。</translation>
        </message>
        <message>
            <source>{file} belongs to another event ({other}); nothing was imported.</source>
            <translation>{file} 属于其他活动（{other}），未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} was not made from this event's coordinator laptops (another root key); nothing was imported.</source>
            <translation>{file} 不是由本活动的协调员笔记本制作的（根密钥不同）；未导入任何内容。</translation>
        </message>
        <message>
            <source>The merge could not start its own process ({error}); nothing was imported.</source>
            <translation>合并无法启动它自己的进程（{error}），未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} could not be merged: {error}. Nothing of it was imported.</source>
            <translation>{file} 无法合并：{error}。其内容均未导入。</translation>
        </message>
        <message>
            <source>The import of {file} was cancelled; nothing was imported.</source>
            <translation>{file} 的导入已取消，未导入任何内容。</translation>
        </message>
        <message>
            <source>The merge of {file} stopped before it finished: its process ended unexpectedly (exit code {code}). Nothing of {file} was imported; import it again.</source>
            <translation>{file} 的合并未完成就停止了：它的进程意外结束（退出码 {code}）。{file} 的内容均未导入，请再导入一次。</translation>
        </message>
        <message>
            <source>{file} does not exist.</source>
            <translation>{file} 不存在。</translation>
        </message>
        <message>
            <source>{file} is not a complete CareKit bundle (truncated or damaged); nothing was imported. Copy it again from the laptop that made it.</source>
            <translation>{file} 不是完整的 CareKit 同步包（已截断或损坏），未导入任何内容。请从生成它的设备重新复制。</translation>
        </message>
        <message>
            <source>{file} has an unreadable manifest; nothing was imported.</source>
            <translation>{file} 的清单无法读取，未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} was made by a newer CareKit (bundle format {format}, this app reads {known}). Update CareKit on this laptop; nothing was imported.</source>
            <translation>{file} 由更新版本的 CareKit 生成（同步包格式 {format}，本程序可读取 {known}）。请更新本机的 CareKit；未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} was signed by a laptop the event does not know; nothing was imported.</source>
            <translation>{file} 由本活动未登记的设备签名，未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} claims to come from {device}, but with another key than that laptop's; nothing was imported.</source>
            <translation>{file} 声称来自 {device}，但所用密钥与该设备的不符，未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} was changed after it was made (its signature does not match); nothing was imported.</source>
            <translation>{file} 在生成后被修改过（签名不匹配），未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} holds {member}, which a CareKit bundle never holds (or holds twice); nothing was imported.</source>
            <translation>{file} 含有 {member}，这不是 CareKit 同步包应有的内容（或重复出现）；未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} is larger than a CareKit bundle may be ({member} unpacks to {size} MB); nothing was imported.</source>
            <translation>{file} 超出 CareKit 同步包允许的大小（{member} 解压后为 {size} MB）；未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} unpacks to more than a CareKit bundle may hold ({size} MB at least); nothing was imported.</source>
            <translation>{file} 解压后超出 CareKit 同步包允许的大小（至少 {size} MB）；未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} could not be decrypted and checked with this event's key; nothing was imported.</source>
            <translation>无法用本活动的密钥解密并校验 {file}，未导入任何内容。</translation>
        </message>
        <message>
            <source>The bundle holds data this CareKit does not know ({what}); update CareKit on this laptop. Nothing was imported.</source>
            <translation>同步包中含有此版本 CareKit 无法识别的数据（{what}）；请更新本机的 CareKit。未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} holds changes made by {laptop}, which a coordinator has removed from the event; nothing was imported.</source>
            <translation>{file} 含有 {laptop} 所做的修改，而协调员已将该电脑移出活动；未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} holds a change to {change} said to come from {laptop}, without that laptop's valid signature; nothing was imported.</source>
            <translation>{file} 含有对 {change} 的修改，声称来自 {laptop}，但没有该电脑的有效签名；未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} was refused: {laptop} changed {change}, which its capabilities ({capabilities}) do not allow; nothing was imported.</source>
            <translation>{file} 被拒绝：{laptop} 修改了 {change}，但其权限（{capabilities}）不允许；未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} was refused: on {laptop}, {change} was changed by an operator who did not hold a role allowed to change it at that time; nothing was imported.</source>
            <translation>{file} 被拒绝：在 {laptop} 上，{change} 由当时没有相应角色的操作员修改；未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} was made by {laptop}, which holds no capabilities granted by this event's coordinator; nothing was imported.</source>
            <translation>{file} 由 {laptop} 制作，该电脑没有本活动协调员授予的权限；未导入任何内容。</translation>
        </message>
        <message>
            <source>The bundle holds a revision that cannot be read.</source>
            <translation>同步包中有无法读取的修改记录。</translation>
        </message>
        <message>
            <source>{file} was refused: it holds an assessment (person {person}, written score {score}) from {laptop} that does not match the trainer's signature, so it was changed after it was recorded; nothing was imported.</source>
            <translation>{file} 被拒绝:其中来自 {laptop} 的一条考核记录(人员 {person},笔试 {score} 分)与培训师的签名不符,说明记录后被改动过;未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} is not a CareKit event-setup file (or it is damaged).</source>
            <translation>{file} 不是 CareKit 活动设置文件（或已损坏）。</translation>
        </message>
        <message>
            <source>A backup passphrase has at least {count} characters.</source>
            <translation>备份口令至少需要 {count} 个字符。</translation>
        </message>
        <message>
            <source>{file} is not a CareKit root key backup (or it is damaged).</source>
            <translation>{file} 不是 CareKit 根密钥备份（或已损坏）。</translation>
        </message>
        <message>
            <source>{file} was made by a newer CareKit; update CareKit on this laptop.</source>
            <translation>{file} 由更新版本的 CareKit 生成；请更新本机的 CareKit。</translation>
        </message>
        <message>
            <source>The passphrase does not open {file} (or the file was changed).</source>
            <translation>该口令无法打开 {file}（或文件已被修改）。</translation>
        </message>
        <message>
            <source>Sign in to see the dashboard.</source>
            <translation>请先登录再查看总览。</translation>
        </message>
        <message>
            <source>'{kind}' is not a list; choose people, checkins, no-shows or walk-ins.</source>
            <translation>没有“{kind}”这种名单；请选择 people、checkins、no-shows 或 walk-ins。</translation>
        </message>
        <message>
            <source>Export to a .csv, .xlsx or .pdf file, not {name}.</source>
            <translation>请导出为 .csv、.xlsx 或 .pdf 文件，而不是 {name}。</translation>
        </message>
        <message>
            <source>No person with the id, badge serial or badge code '{ref}'.</source>
            <translation>没有 id、胸卡编号或胸卡码为“{ref}”的人。</translation>
        </message>
        <message>
            <source>withheld: health records are shown only to medics and coordinators</source>
            <translation>不予显示：健康记录只对医务人员和协调员显示</translation>
        </message>
        <message>
            <source>sealed: unlock the health data on this laptop to include health values and referrals in the clear</source>
            <translation>已加密：请先在本机解锁健康数据，才能以明文包含健康数值和转诊</translation>
        </message>
        <message>
            <source>Say why the person is erased (for example: 'asked at the desk'); nothing was erased.</source>
            <translation>请说明删除的原因（例如：“在签到台本人要求”）；未删除任何内容。</translation>
        </message>
        <message>
            <source>The reason is longer than {limit} characters; nothing was erased.</source>
            <translation>原因超过 {limit} 个字符；未删除任何内容。</translation>
        </message>
        <message>
            <source>This person was already erased.</source>
            <translation>此人的信息已被删除。</translation>
        </message>
        <message>
            <source>This person's data was erased at their request; it cannot be edited.</source>
            <translation>此人的信息已应本人要求删除，不能再编辑。</translation>
        </message>
        <message>
            <source>Arrivals are scanned at the pick-up point or the hotel, not at '{point}'.</source>
            <translation>到达扫码只能在接站点或酒店进行，不能在“{point}”。</translation>
        </message>
        <message>
            <source>{name} is not an expected traveller (no journey to the event). Nothing was recorded.</source>
            <translation>{name} 不是预计到达的出行人（没有前往活动的行程）。未作任何记录。</translation>
        </message>
        <message>
            <source>No vehicle '{vehicle}'.</source>
            <translation>没有车辆“{vehicle}”。</translation>
        </message>
        <message>
            <source>Worker '{worker}' has no travelling family.</source>
            <translation>员工“{worker}”没有出行的家属。</translation>
        </message>
        <message>
            <source>A pick-up window is 5 to 1440 minutes, not {minutes}.</source>
            <translation>接站时间窗为 5 到 1440 分钟，不能是 {minutes}。</translation>
        </message>
        <message>
            <source>A vehicle seats 1 to 80 travellers, not {capacity}.</source>
            <translation>每辆车可坐 1 到 80 人，不能是 {capacity}。</translation>
        </message>
        <message>
            <source>{vehicle} has {seated} travellers; it cannot seat only {capacity}.</source>
            <translation>{vehicle} 已安排 {seated} 人，座位数不能只有 {capacity}。</translation>
        </message>
        <message>
            <source>{vehicle} is full ({capacity} seats).</source>
            <translation>{vehicle} 已满（{capacity} 座）。</translation>
        </message>
        <message>
            <source>Give both the hotel and the room.</source>
            <translation>请同时填写酒店和房间。</translation>
        </message>
        <message>
            <source>'{value}' is not a room type; use one of {choices}.</source>
            <translation>“{value}”不是有效的房型；请使用：{choices}。</translation>
        </message>
        <message>
            <source>A stay is 1 to 60 nights, not {nights}.</source>
            <translation>入住天数为 1 到 60 晚，不能是 {nights}。</translation>
        </message>
        <message>
            <source>Room {room} at {hotel} is a {type} room for {capacity}; it already holds {count}.</source>
            <translation>{hotel} 的 {room} 房是 {type} 房，可住 {capacity} 人；已住 {count} 人。</translation>
        </message>
        <message>
            <source>{what}: '{value}' is not a time; write it as 2026-12-04 16:30 Asia/Shanghai.</source>
            <translation>{what}：“{value}”不是有效的时间；请写成 2026-12-04 16:30 Asia/Shanghai。</translation>
        </message>
        <message>
            <source>{what}: '{zone}' is not a time zone; use a name such as Asia/Shanghai.</source>
            <translation>{what}：“{zone}”不是有效的时区；请使用 Asia/Shanghai 这样的名称。</translation>
        </message>
        <message>
            <source>{what}: the place is missing.</source>
            <translation>{what}：缺少地点。</translation>
        </message>
        <message>
            <source>{what}: '{place}' is not a known station or airport; check the spelling or use its code.</source>
            <translation>{what}：“{place}”不是已知的车站或机场；请检查写法或使用其代码。</translation>
        </message>
        <message>
            <source>{what}: {place} keeps {zone} time, not {given}.</source>
            <translation>{what}：{place} 使用 {zone} 时间，而不是 {given}。</translation>
        </message>
        <message>
            <source>'{value}' is not a way to travel; use one of {choices}.</source>
            <translation>“{value}”不是有效的交通方式；请使用：{choices}。</translation>
        </message>
        <message>
            <source>'{value}' is neither outbound nor return.</source>
            <translation>“{value}”既不是去程也不是返程。</translation>
        </message>
        <message>
            <source>A {mode} needs its number, such as G1234 or MU5101.</source>
            <translation>{mode} 需要填写车次或航班号，例如 G1234 或 MU5101。</translation>
        </message>
        <message>
            <source>{number} arrives ({arrives}) before it departs ({departs}), once time zones are counted.</source>
            <translation>按时区换算后，{number} 的到达时间（{arrives}）早于出发时间（{departs}）。</translation>
        </message>
        <message>
            <source>A leg needs at least one traveller.</source>
            <translation>每段行程至少需要一位出行人。</translation>
        </message>
        <message>
            <source>No travel leg '{leg}'.</source>
            <translation>没有行程段“{leg}”。</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>第 {line} 行：{problem}</translation>
        </message>
        <message>
            <source>line {line}: no traveller '{value}'.</source>
            <translation>第 {line} 行：没有出行人“{value}”。</translation>
        </message>
        <message>
            <source>line {line}: no single traveller named '{name}' in the family of worker '{worker}'.</source>
            <translation>第 {line} 行：员工“{worker}”的家属中没有唯一一位名叫“{name}”的出行人。</translation>
        </message>
        <message>
            <source>{file}: the columns {missing} are missing; found: {headers}.</source>
            <translation>{file}：缺少列 {missing}；文件中的列为：{headers}。</translation>
        </message>
        <message>
            <source>Write the notice's text.</source>
            <translation>请填写告知书内容。</translation>
        </message>
        <message>
            <source>The notice is {length} characters long; at most {limit} fit.</source>
            <translation>告知书长 {length} 个字符；最多 {limit} 个。</translation>
        </message>
        <message>
            <source>Give --session, or all of --person, --course-code, --course-name, --months and --trainer (missing: {missing}).</source>
            <translation>请给出 --session，或者给全 --person、--course-code、--course-name、--months 和 --trainer（缺少：{missing}）。</translation>
        </message>
        <message>
            <source>Say which session: --session ID.</source>
            <translation>请说明是哪一场培训：--session 编号。</translation>
        </message>
        <message>
            <source>'{skill}' is not a skill of course {code} (its skills: {skills}). Nothing was recorded.</source>
            <translation>“{skill}”不是课程 {code} 的技能（该课程的技能：{skills}）。未记录任何内容。</translation>
        </message>
        <message>
            <source>A written score is from 0 to 100 (got {score}). Nothing was recorded.</source>
            <translation>笔试成绩应在 0 到 100 之间（收到 {score}）。未记录任何内容。</translation>
        </message>
        <message>
            <source>'{skill}' is given as both passed and not passed. Nothing was recorded.</source>
            <translation>“{skill}”同时被记为通过和未通过。未记录任何内容。</translation>
        </message>
        <message>
            <source>{person} is not enrolled in this session, so cannot be assessed.</source>
            <translation>{person} 未报名本场培训，因此不能考核。</translation>
        </message>
        <message>
            <source>The assessment of {person} (attempt {attempt}, written score {score}) does not match the trainer's signature: it was changed after it was recorded, or never signed. Nothing was issued; the trainer records the assessment again.</source>
            <translation>{person} 的考核(第 {attempt} 次,笔试 {score} 分)与培训师的签名不符:记录后被改动过,或从未签名。未颁发证书;请培训师重新录入该考核。</translation>
        </message>
        <message>
            <source>This badge is genuine but its registration has not reached this laptop yet: sync, then scan again. Nothing was recorded.</source>
            <translation>此胸卡是真的，但其登记记录尚未同步到本机：请先同步，再扫一次。未记录任何内容。</translation>
        </message>
        <message>
            <source>{name} has no scan in for this session: scan in first. Nothing was recorded.</source>
            <translation>{name} 在本场培训没有签到记录：请先签到。未记录任何内容。</translation>
        </message>
        <message>
            <source>{name} has no scan in before {time}: scan in first. Nothing was recorded.</source>
            <translation>{name} 在 {time} 之前没有签到记录：请先签到。未记录任何内容。</translation>
        </message>
        <message>
            <source>{name} is enrolled in {course} at {time} (session {session}), not in this one. Nothing was recorded.</source>
            <translation>{name} 报名的是 {time} 的 {course}（场次 {session}），不是本场。未记录任何内容。</translation>
        </message>
        <message>
            <source>{name} is on the waiting list of this session, not enrolled. Nothing was recorded.</source>
            <translation>{name} 在本场的候补名单上，尚未正式报名。未记录任何内容。</translation>
        </message>
        <message>
            <source>{name} is not enrolled in this session. Enrol them as a walk-in if there is room. Nothing was recorded.</source>
            <translation>{name} 未报名本场培训。如有名额，可作为现场报名加入。未记录任何内容。</translation>
        </message>
        <message>
            <source>{name} is not enrolled and the session is full ({capacity}). Nothing was recorded.</source>
            <translation>{name} 未报名，且本场已满（{capacity} 人）。未记录任何内容。</translation>
        </message>
        <message>
            <source>{time} is not during this session ({start} to {end}). Nothing was recorded.</source>
            <translation>{time} 不在本场培训时间内（{start} 至 {end}）。未记录任何内容。</translation>
        </message>
        <message>
            <source>Say why the attendance is corrected.</source>
            <translation>请说明更正考勤的原因。</translation>
        </message>
        <message>
            <source>Give the right time, or say the scan did not happen.</source>
            <translation>请给出正确的时间，或说明该次扫码并未发生。</translation>
        </message>
        <message>
            <source>No attendance scan with id {id}.</source>
            <translation>没有编号为 {id} 的考勤扫码记录。</translation>
        </message>
        <message>
            <source>{file} has no course or session column; add one, or give the session.</source>
            <translation>{file} 没有课程或场次列；请加上一列，或指定场次。</translation>
        </message>
        <message>
            <source>{file} has no staff id, phone or person id column to find each person by.</source>
            <translation>{file} 没有工号、手机号或人员编号列，无法找到对应的人。</translation>
        </message>
        <message>
            <source>line {line}: no training session {session}.</source>
            <translation>第 {line} 行：没有培训场次 {session}。</translation>
        </message>
        <message>
            <source>line {line}: nobody registered with staff id '{staff}' or phone '{phone}'. Nobody was enrolled.</source>
            <translation>第 {line} 行：没有工号为“{staff}”或手机号为“{phone}”的登记人员。没有任何人被报名。</translation>
        </message>
        <message>
            <source>line {line}: the course is empty. Nobody was enrolled.</source>
            <translation>第 {line} 行：课程为空。没有任何人被报名。</translation>
        </message>
        <message>
            <source>line {line}: no course with code {code}. Nobody was enrolled.</source>
            <translation>第 {line} 行：没有代码为 {code} 的课程。没有任何人被报名。</translation>
        </message>
        <message>
            <source>line {line}: course {code} has {count} sessions; give the session id instead. Nobody was enrolled.</source>
            <translation>第 {line} 行：课程 {code} 有 {count} 个场次；请改填场次编号。没有任何人被报名。</translation>
        </message>
        <message>
            <source>The window is a number of days from 0 up (got {days}).</source>
            <translation>时间范围应为 0 或以上的天数（收到 {days}）。</translation>
        </message>
        <message>
            <source>A course needs a code and a name.</source>
            <translation>课程需要代码和名称。</translation>
        </message>
        <message>
            <source>A course's code and name may not contain '|'.</source>
            <translation>课程代码和名称不能包含“|”。</translation>
        </message>
        <message>
            <source>Course hours must be more than 0 and at most 200 (got {hours}).</source>
            <translation>课程学时须大于 0 且不超过 200（收到 {hours}）。</translation>
        </message>
        <message>
            <source>The pass mark is a score from 0 to 100 (got {mark}).</source>
            <translation>及格分应在 0 到 100 之间（收到 {mark}）。</translation>
        </message>
        <message>
            <source>Minimum attendance is a percentage from 0 to 100 (got {value}).</source>
            <translation>最低出勤率是 0 到 100 之间的百分比（收到 {value}）。</translation>
        </message>
        <message>
            <source>A course is either 'full' or 'renewal' (got '{kind}').</source>
            <translation>课程类型只能是“full”（完整课程）或“renewal”（复训）（收到“{kind}”）。</translation>
        </message>
        <message>
            <source>A renewal course says how many months after expiry a certificate may still be renewed.</source>
            <translation>复训课程须说明证书过期后多少个月内仍可复训。</translation>
        </message>
        <message>
            <source>Each practical skill needs a name, and each is listed once.</source>
            <translation>每项实操技能都需要名称，且每项只能列一次。</translation>
        </message>
        <message>
            <source>There is already a course {code}.</source>
            <translation>已有课程 {code}。</translation>
        </message>
        <message>
            <source>No course with code {code}.</source>
            <translation>没有代码为 {code} 的课程。</translation>
        </message>
        <message>
            <source>{what}: '{value}' is not a time; write it as YYYY-MM-DD HH:MM.</source>
            <translation>{what}：“{value}”不是时间；请写成 YYYY-MM-DD HH:MM。</translation>
        </message>
        <message>
            <source>{name} does not have the trainer role, so cannot lead a session.</source>
            <translation>{name} 没有培训师角色，不能主持培训场次。</translation>
        </message>
        <message>
            <source>No site '{site}' in this event.</source>
            <translation>本活动没有站点“{site}”。</translation>
        </message>
        <message>
            <source>A session's capacity is at least 1 (got {capacity}).</source>
            <translation>场次名额至少为 1（收到 {capacity}）。</translation>
        </message>
        <message>
            <source>The session ends ({end}) before it starts ({start}).</source>
            <translation>场次的结束时间（{end}）早于开始时间（{start}）。</translation>
        </message>
        <message>
            <source>No training session with id {id}.</source>
            <translation>没有编号为 {id} 的培训场次。</translation>
        </message>
        <message>
            <source>{operator} may not do this: only the session's trainer or a coordinator may.</source>
            <translation>{operator} 不能执行此操作：只有本场培训师或协调员可以。</translation>
        </message>
        <message>
            <source>{person} is not enrolled in this session.</source>
            <translation>{person} 未报名本场培训。</translation>
        </message>
        <message>
            <source>These two are already one person.</source>
            <translation>这两人已经是同一个人。</translation>
        </message>
        <message>
            <source>No such merge.</source>
            <translation>没有这次合并。</translation>
        </message>
        <message>
            <source>This merge was already undone (perhaps on another laptop).</source>
            <translation>这次合并已被撤销（可能在另一台电脑上）。</translation>
        </message>
        <message>
            <source>The health passphrase needs at least {n} characters.</source>
            <translation>健康口令至少需要 {n} 个字符。</translation>
        </message>
        <message>
            <source>This event has no health passphrase yet: a coordinator sets one first (carekit health set-passphrase).</source>
            <translation>本活动还没有健康口令：请协调员先设置（carekit health set-passphrase）。</translation>
        </message>
        <message>
            <source>This event already has a health passphrase; change it instead.</source>
            <translation>本活动已有健康口令；如需更换，请修改口令。</translation>
        </message>
        <message>
            <source>That is not the health passphrase of this event.</source>
            <translation>这不是本活动的健康口令。</translation>
        </message>
        <message>
            <source>The event's health key is damaged; ask the coordinator to sync again.</source>
            <translation>本活动的健康密钥已损坏；请协调员重新同步。</translation>
        </message>
        <message>
            <source>Unlock the health data on this laptop first: it needs the health passphrase.</source>
            <translation>请先在这台电脑上解锁健康数据：需要健康口令。</translation>
        </message>
        <message>
            <source>A sealed value of {table} {row} does not open: it was changed or damaged.</source>
            <translation>{table} {row} 的加密值无法打开：已被改动或损坏。</translation>
        </message>
        <message>
            <source>Certificate {serial} was issued before the key chain; issue it again to export it.</source>
            <translation>证书 {serial} 签发于密钥链启用之前；请重新签发后再导出。</translation>
        </message>
        <message>
            <source>Certificate {serial} was signed on another laptop; export its credential there.</source>
            <translation>证书 {serial} 是在另一台电脑上签署的；请在那台电脑上导出其凭证。</translation>
        </message>
        <message>
            <source>{file} cannot be read as a credential JSON file.</source>
            <translation>{file} 无法作为凭证 JSON 文件读取。</translation>
        </message>
        <message>
            <source>Give the coordinator's PIN with --pin or $CAREKIT_PIN (6 digits or more).</source>
            <translation>请用 --pin 或 $CAREKIT_PIN 提供协调员的 PIN（至少 6 位数字）。</translation>
        </message>
        <message>
            <source>No laptop called {name} in this event.</source>
            <translation>本活动中没有名为 {name} 的电脑。</translation>
        </message>
        <message>
            <source>Several laptops are called {name}; rename one first.</source>
            <translation>有多台电脑名为 {name}；请先给其中一台改名。</translation>
        </message>
        <message>
            <source>A laptop cannot remove itself; remove it from another coordinator laptop.</source>
            <translation>电脑不能移除自己；请在另一台协调员电脑上操作。</translation>
        </message>
        <message>
            <source>A merge is writing to the event file and this scan cannot be kept meanwhile: the file {file} beside it is damaged. Nothing was recorded; scan again when the merge has finished, and ask for support.</source>
            <translation>合并正在写入活动文件，而这次扫码此时无法保留：活动文件旁的 {file} 文件已损坏。未记录任何内容；请在合并结束后重新扫码，并联系技术支持。</translation>
        </message>
    </context>
    <context>
        <name>EventFiles</name>
        <message>
            <source>Open event</source>
            <translation>打开活动</translation>
        </message>
        <message>
            <source>CareKit events (*.carekit *.db);;All files (*)</source>
            <translation>CareKit 活动 (*.carekit *.db);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>ExportSetupDialog</name>
        <message>
            <source>Export the setup file</source>
            <translation>导出设置文件</translation>
        </message>
        <message>
            <source>Other laptops join this event from this file. Give the file and the passphrase separately (the passphrase never on the same stick).</source>
            <translation>其他电脑用这个文件加入本活动。文件和口令请分开交付（口令绝不和文件放在同一个U盘）。</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>保存为</translation>
        </message>
        <message>
            <source>Passphrase (8+ characters)</source>
            <translation>口令（至少 8 个字符）</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>再次输入口令</translation>
        </message>
        <message>
            <source>CareKit setup files (*.cksetup)</source>
            <translation>CareKit 设置文件 (*.cksetup)</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>两次输入的口令不一致。</translation>
        </message>
    </context>
    <context>
        <name>Family</name>
        <message>
            <source>♿ Wheelchair</source>
            <translation>♿ 轮椅</translation>
        </message>
        <message>
            <source>Elderly</source>
            <translation>老人</translation>
        </message>
        <message>
            <source>Infant</source>
            <translation>婴儿</translation>
        </message>
        <message>
            <source>Pregnant</source>
            <translation>孕妇</translation>
        </message>
        <message>
            <source>Halal</source>
            <translation>清真</translation>
        </message>
        <message>
            <source>Vegetarian</source>
            <translation>素食</translation>
        </message>
        <message>
            <source>Medical</source>
            <translation>医疗</translation>
        </message>
        <message>
            <source>parent</source>
            <translation>父母</translation>
        </message>
        <message>
            <source>spouse</source>
            <translation>配偶</translation>
        </message>
        <message>
            <source>child</source>
            <translation>子女</translation>
        </message>
        <message>
            <source>sibling</source>
            <translation>兄弟姐妹</translation>
        </message>
        <message>
            <source>other relative</source>
            <translation>其他亲属</translation>
        </message>
        <message>
            <source>infant (under 2)</source>
            <translation>婴儿（2 岁以下）</translation>
        </message>
        <message>
            <source>child (2-17)</source>
            <translation>儿童（2–17 岁）</translation>
        </message>
        <message>
            <source>adult</source>
            <translation>成人</translation>
        </message>
        <message>
            <source>elderly (65 and over)</source>
            <translation>老人（65 岁及以上）</translation>
        </message>
        <message>
            <source>flight</source>
            <translation>飞机</translation>
        </message>
        <message>
            <source>train</source>
            <translation>火车</translation>
        </message>
        <message>
            <source>coach</source>
            <translation>大巴</translation>
        </message>
        <message>
            <source>car</source>
            <translation>汽车</translation>
        </message>
        <message>
            <source>to the event</source>
            <translation>去程</translation>
        </message>
        <message>
            <source>home again</source>
            <translation>返程</translation>
        </message>
        <message>
            <source>single room (1)</source>
            <translation>单人间（1 人）</translation>
        </message>
        <message>
            <source>double room (2)</source>
            <translation>大床房（2 人）</translation>
        </message>
        <message>
            <source>twin room (2)</source>
            <translation>双床房（2 人）</translation>
        </message>
        <message>
            <source>triple room (3)</source>
            <translation>三人间（3 人）</translation>
        </message>
        <message>
            <source>family room (4)</source>
            <translation>家庭房（4 人）</translation>
        </message>
        <message>
            <source>invited</source>
            <translation>已邀请</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>ticketed</source>
            <translation>已出票</translation>
        </message>
        <message>
            <source>travelling</source>
            <translation>在途中</translation>
        </message>
        <message>
            <source>arrived</source>
            <translation>已到达</translation>
        </message>
        <message>
            <source>departed</source>
            <translation>已离开</translation>
        </message>
        <message>
            <source>home</source>
            <translation>已到家</translation>
        </message>
        <message>
            <source>Meet at {place}; leaves at {leaves}</source>
            <translation>接站地点：{place}；发车时间：{leaves}</translation>
        </message>
        <message>
            <source>Driver: {driver} {phone}</source>
            <translation>司机：{driver} {phone}</translation>
        </message>
        <message>
            <source>♿ Wheelchair accessible vehicle</source>
            <translation>♿ 无障碍车辆（可载轮椅）</translation>
        </message>
        <message>
            <source>visiting {worker} · {phone}</source>
            <translation>探望 {worker} · {phone}</translation>
        </message>
        <message>
            <source>{number} arrives {time} at {place}</source>
            <translation>{number} {time} 到达 {place}</translation>
        </message>
        <message>
            <source>Headcount: {count}</source>
            <translation>人数：{count}</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <source>Driver manifests</source>
            <translation>司机接站名单</translation>
        </message>
        <message>
            <source>Hotel</source>
            <translation>酒店</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>房间</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>房型</translation>
        </message>
        <message>
            <source>First night</source>
            <translation>入住日期</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>晚数</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Romanised</source>
            <translation>拼音</translation>
        </message>
        <message>
            <source>Rooming list</source>
            <translation>分房名单</translation>
        </message>
        <message>
            <source>No room: {name}</source>
            <translation>未分房：{name}</translation>
        </message>
        <message>
            <source>Travellers by status</source>
            <translation>按状态统计出行人</translation>
        </message>
        <message>
            <source>Meals for the caterer</source>
            <translation>餐饮需求</translation>
        </message>
        <message>
            <source>Regular</source>
            <translation>普通餐</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>特殊需求</translation>
        </message>
        <message>
            <source>Wheelchairs per vehicle</source>
            <translation>每辆车的轮椅数</translation>
        </message>
        <message>
            <source>Rooms used</source>
            <translation>已用房间</translation>
        </message>
        <message>
            <source>{rooms} rooms, {guests} guests in {beds} beds</source>
            <translation>{rooms} 间房，{beds} 个床位住 {guests} 人</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>汇总</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Family visit: the day's summary</source>
            <translation>家属探亲：当日汇总</translation>
        </message>
    </context>
    <context>
        <name>FamilyPage</name>
        <message>
            <source>Family visits</source>
            <translation>家属探亲</translation>
        </message>
        <message>
            <source>Arrivals board (full screen)</source>
            <translation>到达看板（全屏）</translation>
        </message>
        <message>
            <source>Travellers</source>
            <translation>出行人</translation>
        </message>
        <message>
            <source>Vehicles</source>
            <translation>车辆</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>设置状态</translation>
        </message>
        <message>
            <source>&amp;Add a traveller…</source>
            <translation>添加旅客(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <source>Travel &amp;legs…</source>
            <translation>行程(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Room…</source>
            <translation>房间(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Import the travel agent's file…</source>
            <translation>导入旅行社文件(&amp;I)…</translation>
        </message>
        <message>
            <source>Enter or double-click edits the traveller</source>
            <translation>按回车或双击编辑旅客</translation>
        </message>
        <message>
            <source>Family of</source>
            <translation>所属员工</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>特殊需求</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>证件</translation>
        </message>
        <message>
            <source>{expected} expected · {arrived} arrived · {missing} missing</source>
            <translation>预计 {expected} 人 · 已到 {arrived} 人 · 未接到 {missing} 人</translation>
        </message>
        <message>
            <source>Only coordinators change the family-visit plan.</source>
            <translation>只有协调员可以修改家属探亲安排。</translation>
        </message>
        <message>
            <source>locked — unlock with the health passphrase</source>
            <translation>已锁定——输入健康数据口令解锁</translation>
        </message>
        <message>
            <source>Select a traveller first.</source>
            <translation>请先选择一位出行人。</translation>
        </message>
    </context>
    <context>
        <name>GuideBrowser</name>
        <message>
            <source>The user guide is not included in this copy of CareKit.</source>
            <translation>此 CareKit 副本未包含用户指南。</translation>
        </message>
        <message>
            <source>This page is not part of the user guide shipped with CareKit. Press Alt+Left to go back.</source>
            <translation>此页面不属于 CareKit 随附的用户指南。按 Alt+Left 返回。</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>CareKit user guide</source>
            <translation>CareKit 用户指南</translation>
        </message>
    </context>
    <context>
        <name>ImportRosterDialog</name>
        <message>
            <source>Import roster</source>
            <translation>导入名单</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>A CSV (UTF-8 or GBK) or XLSX file exported by HR</source>
            <translation>由人事部门导出的 CSV（UTF-8 或 GBK）或 XLSX 文件</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>各列对应的内容</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>（文件中没有）</translation>
        </message>
        <message>
            <source>Registered at site</source>
            <translation>登记场地</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Choose a roster</source>
            <translation>选择名单</translation>
        </message>
        <message>
            <source>Rosters (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
            <translation>名单 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <source>column {0}</source>
            <translation>第 {0} 列</translation>
        </message>
        <message>
            <source>No column is recognised as the name: choose it above.</source>
            <translation>未识别出姓名列：请在上方选择。</translation>
        </message>
        <message>
            <source>Excel workbook, first sheet: {0} rows</source>
            <translation>Excel 工作簿，第一个工作表：{0} 行</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>逗号</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>分号</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>制表符</translation>
        </message>
        <message>
            <source>{0} text, separated by {1}: {2} rows</source>
            <translation>{0} 文本，以{1}分隔：{2} 行</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>Imported {0} people ({1} flagged as possible duplicates), {2} unchanged, {3} rejected.</source>
            <translation>已导入 {0} 人（其中 {1} 人标记为可能重复），{2} 人未变，{3} 行被拒绝。</translation>
        </message>
        <message>
            <source>Imported, but worth checking:</source>
            <translation>已导入，但需要核对：</translation>
        </message>
        <message>
            <source>No line was rejected.</source>
            <translation>没有被拒绝的行。</translation>
        </message>
    </context>
    <context>
        <name>JoinEventDialog</name>
        <message>
            <source>Join an event</source>
            <translation>加入活动</translation>
        </message>
        <message>
            <source>Choose the setup file the coordinator exported and type its passphrase.</source>
            <translation>选择协调员导出的设置文件，并输入其口令。</translation>
        </message>
        <message>
            <source>for example: desk 3</source>
            <translation>例如：3号台</translation>
        </message>
        <message>
            <source>Setup file</source>
            <translation>设置文件</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>口令</translation>
        </message>
        <message>
            <source>This laptop's desk name</source>
            <translation>本机服务台名称</translation>
        </message>
        <message>
            <source>Save the event as</source>
            <translation>活动保存为</translation>
        </message>
        <message>
            <source>Choose the setup file first.</source>
            <translation>请先选择设置文件。</translation>
        </message>
        <message>
            <source>{file} exists already; choose another name.</source>
            <translation>{file} 已存在；请换一个名字。</translation>
        </message>
    </context>
    <context>
        <name>KeysDialog</name>
        <message>
            <source>Signing keys</source>
            <translation>签名密钥</translation>
        </message>
        <message>
            <source>Generate this organisation's key…</source>
            <translation>生成本机构的密钥…</translation>
        </message>
        <message>
            <source>Export public key…</source>
            <translation>导出公钥…</translation>
        </message>
        <message>
            <source>Trust another organisation's key…</source>
            <translation>信任其他机构的密钥…</translation>
        </message>
        <message>
            <source>Certificates are signed with the organisation's key; employers verify them with the exported public key.</source>
            <translation>证书使用机构密钥签名；用人单位可用导出的公钥进行验证。</translation>
        </message>
        <message>
            <source>signing</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>受信任</translation>
        </message>
        <message>
            <source>Organisation name</source>
            <translation>机构名称</translation>
        </message>
        <message>
            <source>Export public key</source>
            <translation>导出公钥</translation>
        </message>
        <message>
            <source>Trust a public key</source>
            <translation>信任公钥</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Worker</source>
            <translation>员工</translation>
        </message>
        <message>
            <source>Family member</source>
            <translation>家属</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>嘉宾</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>工作人员</translation>
        </message>
        <message>
            <source>Rider</source>
            <translation>骑手</translation>
        </message>
        <message>
            <source>Courier</source>
            <translation>快递员</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>仓储</translation>
        </message>
        <message>
            <source>Customer service</source>
            <translation>客服</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>司机</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>desk volunteer</source>
            <translation>服务台志愿者</translation>
        </message>
        <message>
            <source>medic</source>
            <translation>医护人员</translation>
        </message>
        <message>
            <source>trainer</source>
            <translation>培训师</translation>
        </message>
        <message>
            <source>coordinator</source>
            <translation>协调员</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>登记</translation>
        </message>
        <message>
            <source>Health screening</source>
            <translation>健康筛查</translation>
        </message>
        <message>
            <source>Sharing with the employer</source>
            <translation>与雇主共享</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>照片</translation>
        </message>
    </context>
    <context>
        <name>LegDialog</name>
        <message>
            <source>Add a leg for {name}</source>
            <translation>为{name}添加一段行程</translation>
        </message>
        <message>
            <source>Correct the leg {number}</source>
            <translation>更正行程 {number}</translation>
        </message>
        <message>
            <source>&amp;Direction:</source>
            <translation>方向(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Travels by:</source>
            <translation>交通方式(&amp;T)：</translation>
        </message>
        <message>
            <source>Train or flight &amp;number:</source>
            <translation>车次或航班号(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;From (station or airport):</source>
            <translation>出发站或机场(&amp;F)：</translation>
        </message>
        <message>
            <source>D&amp;eparts (local time):</source>
            <translation>出发时间（当地时间）(&amp;E)：</translation>
        </message>
        <message>
            <source>T&amp;o (station or airport):</source>
            <translation>到达站或机场(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Arrives (local time):</source>
            <translation>到达时间（当地时间）(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Booking reference:</source>
            <translation>订单号(&amp;B)：</translation>
        </message>
        <message>
            <source>2026-12-04 08:00 (the zone of the place unless written)</source>
            <translation>2026-12-04 08:00（未写时区时按该地时区）</translation>
        </message>
        <message>
            <source>2026-12-04 16:30</source>
            <translation>2026-12-04 16:30</translation>
        </message>
        <message>
            <source>The whole &amp;family travels on this leg</source>
            <translation>全家同乘这段行程(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>local time at {place}: {zone}</source>
            <translation>{place}当地时间：{zone}</translation>
        </message>
    </context>
    <context>
        <name>LegsDialog</name>
        <message>
            <source>Travel legs of {name}</source>
            <translation>{name}的行程</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Train or flight</source>
            <translation>车次或航班</translation>
        </message>
        <message>
            <source>Departs</source>
            <translation>出发</translation>
        </message>
        <message>
            <source>Arrives</source>
            <translation>到达时间</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>订单号</translation>
        </message>
        <message>
            <source>&amp;Add a leg…</source>
            <translation>添加行程(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation>更正(&amp;C)…</translation>
        </message>
        <message>
            <source>Ca&amp;ncel this leg…</source>
            <translation>取消这段行程(&amp;N)…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Select a leg first.</source>
            <translation>请先选择一段行程。</translation>
        </message>
        <message numerus="yes">
            <source>Cancel {number} from {place} for %n traveller(s)? Their pick-up may need planning again.</source>
            <translation>
                <numerusform>为 %n 位旅客取消从{place}出发的 {number}？接站可能需要重新安排。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel a leg</source>
            <translation>取消行程</translation>
        </message>
        <message>
            <source>Cancel the leg</source>
            <translation>取消行程</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>{number} was cancelled.</source>
            <translation>{number} 已取消。</translation>
        </message>
    </context>
    <context>
        <name>Lists</name>
        <message>
            <source>Badge</source>
            <translation>胸卡</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Romanised</source>
            <translation>拼音/罗马字</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Staff id</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>站点</translation>
        </message>
        <message>
            <source>Registered from</source>
            <translation>登记来源</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>已签到</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>签到台</translation>
        </message>
        <message>
            <source>Stations visited</source>
            <translation>到过的检查站</translation>
        </message>
        <message>
            <source>Open referrals</source>
            <translation>未结转介</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>签到点</translation>
        </message>
        <message>
            <source>Repeat scan</source>
            <translation>重复扫码</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>登记</translation>
        </message>
        <message>
            <source>Registered people</source>
            <translation>已登记人员</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>签到记录</translation>
        </message>
        <message>
            <source>Registered but not checked in</source>
            <translation>已登记但未签到</translation>
        </message>
        <message>
            <source>Walk-ins</source>
            <translation>现场登记</translation>
        </message>
        <message>
            <source>every site</source>
            <translation>所有场地</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>共 %n 行</numerusform>
            </translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>CareKit</source>
            <translation>CareKit</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>New event…</source>
            <translation>新建活动…</translation>
        </message>
        <message>
            <source>Open event…</source>
            <translation>打开活动…</translation>
        </message>
        <message>
            <source>Join an event from a setup file…</source>
            <translation>用设置文件加入活动…</translation>
        </message>
        <message>
            <source>Export the setup file for other laptops…</source>
            <translation>为其他电脑导出设置文件…</translation>
        </message>
        <message>
            <source>Apply a newer setup file (new keys, operators' PINs)…</source>
            <translation>导入更新的设置文件（新密钥、操作员 PIN）…</translation>
        </message>
        <message>
            <source>Switch operator / sign out…</source>
            <translation>切换操作员 / 退出登录…</translation>
        </message>
        <message>
            <source>Operators and settings…</source>
            <translation>操作员与设置…</translation>
        </message>
        <message>
            <source>Consent notices…</source>
            <translation>同意告知书…</translation>
        </message>
        <message>
            <source>Import roster…</source>
            <translation>导入名单…</translation>
        </message>
        <message>
            <source>Export sync bundle…</source>
            <translation>导出同步包…</translation>
        </message>
        <message>
            <source>Import sync bundles…</source>
            <translation>导入同步包…</translation>
        </message>
        <message>
            <source>Print badges…</source>
            <translation>批量打印胸卡…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>活动(&amp;E)</translation>
        </message>
        <message>
            <source>Add site…</source>
            <translation>添加场地…</translation>
        </message>
        <message>
            <source>This laptop…</source>
            <translation>本机设置…</translation>
        </message>
        <message>
            <source>Export the selected person's data…</source>
            <translation>导出所选人员的信息…</translation>
        </message>
        <message>
            <source>Erase the selected person…</source>
            <translation>删除所选人员的信息…</translation>
        </message>
        <message>
            <source>Only a coordinator may do this.</source>
            <translation>只有协调员可以执行此操作。</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>用户指南</translation>
        </message>
        <message>
            <source>{event} · {desk} · {file}</source>
            <translation>{event} · {desk} · {file}</translation>
        </message>
        <message>
            <source>Operator: {name}</source>
            <translation>操作员：{name}</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge two people</source>
            <translation>合并两个人</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>Merged into the one kept</source>
            <translation>并入保留的人</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Staff id</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>签到记录</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>胸卡</translation>
        </message>
        <message>
            <source>{right} becomes {left}: their badges, consents and check-ins move to {left}. The last merge can be undone from the Sync page.</source>
            <translation>{right} 将并入 {left}：其胸卡、同意记录和签到都转到 {left}。最近一次合并可在同步页面撤销。</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>合并</translation>
        </message>
    </context>
    <context>
        <name>NewEventDialog</name>
        <message>
            <source>New event</source>
            <translation>新建活动</translation>
        </message>
        <message>
            <source>One site per line: City: venue</source>
            <translation>每行一个场地：城市: 场馆</translation>
        </message>
        <message>
            <source>Event name</source>
            <translation>活动名称</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>时区</translation>
        </message>
        <message>
            <source>Phone region</source>
            <translation>电话地区</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>场地</translation>
        </message>
        <message>
            <source>Your name (coordinator)</source>
            <translation>您的姓名（协调员）</translation>
        </message>
        <message>
            <source>Your PIN ({low}–{high} digits)</source>
            <translation>您的 PIN（{low}–{high} 位数字）</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>再次输入 PIN</translation>
        </message>
        <message>
            <source>Health passphrase (10+ characters, for medics)</source>
            <translation>健康口令（至少 10 个字符，供医护人员使用）</translation>
        </message>
        <message>
            <source>Encrypt the file with passphrase (optional)</source>
            <translation>用口令加密文件（可选）</translation>
        </message>
        <message>
            <source>This laptop's desk name</source>
            <translation>本机服务台名称</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>保存为</translation>
        </message>
        <message>
            <source>Choose a PIN for yourself: the event's coordinator needs one.</source>
            <translation>请为自己设置 PIN：活动协调员必须有 PIN。</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>两次输入的 PIN 不一致。</translation>
        </message>
        <message>
            <source>{file} exists already; choose another name.</source>
            <translation>{file} 已存在；请换一个名字。</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Consent: {kind}</source>
            <translation>同意：{kind}</translation>
        </message>
        <message>
            <source>Read or hand this notice to {name} before asking for consent.</source>
            <translation>征求同意前，请向 {name} 宣读或递交这份告知书。</translation>
        </message>
        <message>
            <source>Notice version {version}</source>
            <translation>告知书版本 {version}</translation>
        </message>
        <message>
            <source>The person agrees: record consent</source>
            <translation>本人同意：记录同意</translation>
        </message>
        <message>
            <source>Print notice</source>
            <translation>打印告知书</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>暂不</translation>
        </message>
    </context>
    <context>
        <name>Notices</name>
        <message>
            <source>Notice version {version} · {language}</source>
            <translation>告知书版本 {version} · {language}</translation>
        </message>
    </context>
    <context>
        <name>NoticesDialog</name>
        <message>
            <source>Consent notices</source>
            <translation>同意告知书</translation>
        </message>
        <message>
            <source>Publish as a new version</source>
            <translation>发布为新版本</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>现行版本</translation>
        </message>
        <message>
            <source>version {version} (built in)</source>
            <translation>版本 {version}（内置）</translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>版本 {version}</translation>
        </message>
        <message>
            <source>Published as version {version}; new consents name it.</source>
            <translation>已发布为版本 {version}；新的同意将记录此版本。</translation>
        </message>
    </context>
    <context>
        <name>OperatorsDialog</name>
        <message>
            <source>Operators and settings</source>
            <translation>操作员与设置</translation>
        </message>
        <message>
            <source>Add an operator</source>
            <translation>添加操作员</translation>
        </message>
        <message>
            <source>Screening settings</source>
            <translation>筛查设置</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>PIN ({low}–{high} digits)</source>
            <translation>PIN（{low}–{high} 位数字）</translation>
        </message>
        <message>
            <source>Selected operator</source>
            <translation>所选操作员</translation>
        </message>
        <message>
            <source>New PIN ({low}–{high} digits)</source>
            <translation>新 PIN（{low}–{high} 位数字）</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>再次输入新 PIN</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>设置 PIN</translation>
        </message>
        <message>
            <source>Change roles</source>
            <translation>修改角色</translation>
        </message>
        <message>
            <source>Retire operator…</source>
            <translation>停用操作员…</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>再次输入 PIN</translation>
        </message>
        <message>
            <source>Add operator</source>
            <translation>添加操作员</translation>
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation>闲置多少分钟后锁定</translation>
        </message>
        <message>
            <source>BMI standard</source>
            <translation>BMI 标准</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>保存设置</translation>
        </message>
        <message>
            <source>no PIN on this laptop: set one</source>
            <translation>这台笔记本上没有 PIN：请设置</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>两次输入的 PIN 不一致。</translation>
        </message>
        <message>
            <source>New PIN set for {name}.</source>
            <translation>已为 {name} 设置新 PIN。</translation>
        </message>
        <message>
            <source>Roles of {name} changed.</source>
            <translation>{name} 的角色已修改。</translation>
        </message>
        <message>
            <source>Retire operator</source>
            <translation>停用操作员</translation>
        </message>
        <message>
            <source>Retire {name}? They can no longer sign in on any laptop once this travels; what they did stays in the journal under their name.</source>
            <translation>停用 {name}？同步之后，此人在任何电脑上都不能再登录；其做过的操作仍以其名字保留在日志中。</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>{name} retired.</source>
            <translation>已停用 {name}。</translation>
        </message>
        <message>
            <source>Added {name}.</source>
            <translation>已添加 {name}。</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>设置已保存。</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Station overview</source>
            <translation>检查站概览</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Operators and settings…</source>
            <translation>操作员与设置…</translation>
        </message>
        <message>
            <source>People screened per station per hour</source>
            <translation>各检查站每小时筛查人数</translation>
        </message>
        <message>
            <source>Flags by kind</source>
            <translation>按类型统计的异常提示</translation>
        </message>
        <message>
            <source>Open referrals</source>
            <translation>未处理的转诊</translation>
        </message>
        <message>
            <source>Flagged people</source>
            <translation>有异常提示的人员</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>检查站</translation>
        </message>
        <message>
            <source>Hour</source>
            <translation>小时</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>异常提示</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>去向</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>未处理</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>异常提示</translation>
        </message>
        <message>
            <source>Counts only: individual results need the medic role.</source>
            <translation>仅显示数量：查看个人结果需要医护人员角色。</translation>
        </message>
        <message>
            <source>Fewer than 5 people screened</source>
            <translation>已筛查人数少于 5 人</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) screened</source>
            <translation>
                <numerusform>已筛查 %n 人</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Check-in desk</source>
            <translation>签到台</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>总览</translation>
        </message>
        <message>
            <source>Screening station</source>
            <translation>筛查检查站</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>转诊</translation>
        </message>
        <message>
            <source>Station overview</source>
            <translation>检查站概览</translation>
        </message>
        <message>
            <source>Family visits</source>
            <translation>家属探亲</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>培训</translation>
        </message>
        <message>
            <source>Verify certificate</source>
            <translation>验证证书</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>同步</translation>
        </message>
    </context>
    <context>
        <name>PapersBar</name>
        <message>
            <source>Driver manifests…</source>
            <translation>司机接站名单…</translation>
        </message>
        <message>
            <source>Rooming list…</source>
            <translation>分房名单…</translation>
        </message>
        <message>
            <source>Itinerary…</source>
            <translation>行程单…</translation>
        </message>
        <message>
            <source>Copy message</source>
            <translation>复制消息</translation>
        </message>
        <message>
            <source>Day summary…</source>
            <translation>当日汇总…</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>保存为</translation>
        </message>
        <message>
            <source>PDF or Excel (*.pdf *.xlsx)</source>
            <translation>PDF 或 Excel (*.pdf *.xlsx)</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>已保存 {file}</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>正在打印…</translation>
        </message>
        <message>
            <source>Select a traveller of the family first.</source>
            <translation>请先选择这个家庭的一位出行人。</translation>
        </message>
        <message>
            <source>The itinerary is on the clipboard: paste it into the family's chat.</source>
            <translation>行程已复制到剪贴板：请粘贴到家属的聊天群里。</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Romanised</source>
            <translation>拼音/罗马字</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>胸卡</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>已签到</translation>
        </message>
        <message>
            <source>Possible duplicate: same phone or staff id as someone already registered.</source>
            <translation>可能重复：与已登记人员的手机号或工号相同。</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Name (as written)</source>
            <translation>姓名（按本人写法）</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详细信息</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>保存修改</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>签到记录</translation>
        </message>
        <message>
            <source>Annul check-in…</source>
            <translation>作废签到…</translation>
        </message>
        <message>
            <source>Undo: check in again</source>
            <translation>撤销：重新签到</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>同意记录</translation>
        </message>
        <message>
            <source>Withdraw consent…</source>
            <translation>撤回同意…</translation>
        </message>
        <message>
            <source>Reprint badge</source>
            <translation>重印胸卡</translation>
        </message>
        <message>
            <source>Person: {name}</source>
            <translation>人员：{name}</translation>
        </message>
        <message>
            <source>{time} · {desk}</source>
            <translation>{time} · {desk}</translation>
        </message>
        <message>
            <source>annulled: {reason}</source>
            <translation>已作废：{reason}</translation>
        </message>
        <message>
            <source>Not checked in yet.</source>
            <translation>尚未签到。</translation>
        </message>
        <message>
            <source>withdrawn {time}</source>
            <translation>{time} 撤回</translation>
        </message>
        <message>
            <source>given {time}</source>
            <translation>{time} 同意</translation>
        </message>
        <message>
            <source>{kind} (notice {version}): {state}</source>
            <translation>{kind}（告知书 {version}）：{state}</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>没有修改。</translation>
        </message>
        <message>
            <source>Saved. The change is journalled with your name.</source>
            <translation>已保存。修改已以您的名字记入日志。</translation>
        </message>
        <message>
            <source>Select the check-in to annul.</source>
            <translation>请选择要作废的签到。</translation>
        </message>
        <message>
            <source>Annul check-in</source>
            <translation>作废签到</translation>
        </message>
        <message>
            <source>Why is this check-in annulled? (for example: wrong person selected)</source>
            <translation>为什么作废这次签到？（例如：选错了人）</translation>
        </message>
        <message>
            <source>Annul this check-in of {name}? It no longer counts as an arrival; the record of it and your reason are kept.</source>
            <translation>作废 {name} 的这次签到？它将不再算作到场；签到记录和您的理由都会保留。</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>Check-in annulled.</source>
            <translation>签到已作废。</translation>
        </message>
        <message>
            <source>Checked in again.</source>
            <translation>已重新签到。</translation>
        </message>
        <message>
            <source>Select a consent in force to withdraw.</source>
            <translation>请选择一项有效的同意来撤回。</translation>
        </message>
        <message>
            <source>Withdraw the consent to {kind} of {name}? From now on nothing of this kind can be recorded for them without a new consent.</source>
            <translation>撤回 {name} 对“{kind}”的同意？此后没有新的同意，就不能再为其记录此类内容。</translation>
        </message>
        <message>
            <source>Their health records become hidden from everyone; this cannot be undone.</source>
            <translation>其健康记录将对所有人隐藏；此操作无法撤销。</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>撤回同意</translation>
        </message>
        <message>
            <source>Consent withdrawn.</source>
            <translation>同意已撤回。</translation>
        </message>
    </context>
    <context>
        <name>PersonRights</name>
        <message>
            <source>CareKit</source>
            <translation>CareKit</translation>
        </message>
        <message>
            <source>Select the person on the check-in desk first (search, then pick their row).</source>
            <translation>请先在签到台选中此人（搜索后点选其所在行）。</translation>
        </message>
        <message>
            <source>Save everything held about this person</source>
            <translation>保存与此人有关的全部信息</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON 文件 (*.json)</translation>
        </message>
        <message>
            <source>Saved everything held about {name} to {file}. Hand it to them, then delete it from this laptop.</source>
            <translation>已将与 {name} 有关的全部信息保存到 {file}。交给本人后，请从本机删除该文件。</translation>
        </message>
        <message>
            <source>{name} was erased here. Export a bundle so the other laptops erase them too.</source>
            <translation>已在本机删除 {name} 的信息。请导出同步包，让其他电脑也删除。</translation>
        </message>
    </context>
    <context>
        <name>PinCountdown</name>
        <message>
            <source>You can try your PIN again now.</source>
            <translation>现在可以再次输入 PIN。</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>No printer is set up on this laptop.</source>
            <translation>这台电脑没有设置打印机。</translation>
        </message>
        <message>
            <source>No PDF viewer could be opened on this laptop.</source>
            <translation>这台电脑无法打开 PDF 阅读器。</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>未打印</translation>
        </message>
        <message>
            <source>The file is saved as {file} in the folder:
{folder}
Copy it to a laptop with a printer, or open it from there. It is removed when CareKit closes.</source>
            <translation>文件已保存为 {file}，位于文件夹：
{folder}
请复制到有打印机的电脑上，或从那里打开。CareKit 关闭时会删除它。</translation>
        </message>
        <message>
            <source>Show the folder</source>
            <translation>打开文件夹</translation>
        </message>
    </context>
    <context>
        <name>ReferralQueuePage</name>
        <message>
            <source>Referrals</source>
            <translation>转诊</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>异常提示</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>发起时间</translation>
        </message>
        <message>
            <source>Mark seen</source>
            <translation>标记为已接诊</translation>
        </message>
        <message>
            <source>Close referral</source>
            <translation>关闭转诊</translation>
        </message>
        <message>
            <source>URGENT</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>常规</translation>
        </message>
        <message>
            <source>Select a referral first.</source>
            <translation>请先选择一条转诊。</translation>
        </message>
        <message>
            <source>Close the referral of {name} ({flag})? A closed referral cannot be reopened; a new flag opens a new one.</source>
            <translation>关闭 {name} 的转诊（{flag}）？关闭后无法重新打开；新的提示会另开一条转诊。</translation>
        </message>
        <message>
            <source>Keep it open</source>
            <translation>保持打开</translation>
        </message>
    </context>
    <context>
        <name>ResultPanel</name>
        <message>
            <source>Ready to scan</source>
            <translation>请扫码</translation>
        </message>
        <message>
            <source>Scan a badge, or type a name, pinyin, phone or staff id.</source>
            <translation>扫描胸卡，或输入姓名、拼音、手机号或工号。</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>已签到</translation>
        </message>
        <message>
            <source>Already checked in at {time}, {desk}</source>
            <translation>已于 {time} 在 {desk} 签到</translation>
        </message>
        <message>
            <source>Checked in: pending record</source>
            <translation>已签到：待同步资料</translation>
        </message>
        <message>
            <source>Registration not on this laptop yet</source>
            <translation>本机尚无此人的登记资料</translation>
        </message>
        <message>
            <source>The check-in is recorded; the person's details arrive with the next sync bundle.</source>
            <translation>签到已记录；此人的资料将随下一个同步包到达。</translation>
        </message>
        <message>
            <source>Not checked in</source>
            <translation>未签到</translation>
        </message>
        <message>
            <source>Nothing done</source>
            <translation>未执行操作</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Needs the role {roles}; {name} is signed in without it.</source>
            <translation>需要“{roles}”角色；当前登录的 {name} 没有这个角色。</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <source>Checking rows…</source>
            <translation>正在检查各行…</translation>
        </message>
        <message>
            <source>Registering people…</source>
            <translation>正在登记人员…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
    </context>
    <context>
        <name>Screening</name>
        <message>
            <source>Height</source>
            <translation>身高</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>体重</translation>
        </message>
        <message>
            <source>Systolic, 1st reading</source>
            <translation>收缩压（第 1 次）</translation>
        </message>
        <message>
            <source>Diastolic, 1st reading</source>
            <translation>舒张压（第 1 次）</translation>
        </message>
        <message>
            <source>Systolic, 2nd reading</source>
            <translation>收缩压（第 2 次）</translation>
        </message>
        <message>
            <source>Diastolic, 2nd reading</source>
            <translation>舒张压（第 2 次）</translation>
        </message>
        <message>
            <source>Systolic, 3rd reading</source>
            <translation>收缩压（第 3 次）</translation>
        </message>
        <message>
            <source>Diastolic, 3rd reading</source>
            <translation>舒张压（第 3 次）</translation>
        </message>
        <message>
            <source>Heart rate</source>
            <translation>心率</translation>
        </message>
        <message>
            <source>Glucose</source>
            <translation>血糖</translation>
        </message>
        <message>
            <source>Glucose unit</source>
            <translation>血糖单位</translation>
        </message>
        <message>
            <source>Fasting</source>
            <translation>空腹</translation>
        </message>
        <message>
            <source>Vision, left eye</source>
            <translation>视力（左眼）</translation>
        </message>
        <message>
            <source>Vision, right eye</source>
            <translation>视力（右眼）</translation>
        </message>
        <message>
            <source>PHQ-2 score</source>
            <translation>PHQ-2 得分</translation>
        </message>
        <message>
            <source>GAD-2 score</source>
            <translation>GAD-2 得分</translation>
        </message>
        <message>
            <source>Heat stress at work</source>
            <translation>工作中的高温热应激</translation>
        </message>
        <message>
            <source>Lower-back pain</source>
            <translation>腰痛</translation>
        </message>
        <message>
            <source>Injuries in the last year</source>
            <translation>近一年受伤情况</translation>
        </message>
        <message>
            <source>Height and weight</source>
            <translation>身高体重</translation>
        </message>
        <message>
            <source>Blood pressure</source>
            <translation>血压</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>视力</translation>
        </message>
        <message>
            <source>Mood (PHQ-2, GAD-2)</source>
            <translation>情绪（PHQ-2、GAD-2）</translation>
        </message>
        <message>
            <source>Work questions</source>
            <translation>工作相关问题</translation>
        </message>
        <message>
            <source>Doctor on site</source>
            <translation>现场医生</translation>
        </message>
        <message>
            <source>Counselling / calm room</source>
            <translation>心理咨询 / 静心室</translation>
        </message>
        <message>
            <source>Eye clinic</source>
            <translation>眼科</translation>
        </message>
        <message>
            <source>Underweight</source>
            <translation>体重过低</translation>
        </message>
        <message>
            <source>Overweight</source>
            <translation>超重</translation>
        </message>
        <message>
            <source>Obesity</source>
            <translation>肥胖</translation>
        </message>
        <message>
            <source>Raised blood pressure</source>
            <translation>血压偏高</translation>
        </message>
        <message>
            <source>Urgent blood pressure</source>
            <translation>血压危急</translation>
        </message>
        <message>
            <source>Raised fasting glucose</source>
            <translation>空腹血糖偏高</translation>
        </message>
        <message>
            <source>Raised non-fasting glucose</source>
            <translation>非空腹血糖偏高</translation>
        </message>
        <message>
            <source>Low vision</source>
            <translation>视力低下</translation>
        </message>
        <message>
            <source>PHQ-2 positive</source>
            <translation>PHQ-2 阳性</translation>
        </message>
        <message>
            <source>GAD-2 positive</source>
            <translation>GAD-2 阳性</translation>
        </message>
        <message>
            <source>open</source>
            <translation>待处理</translation>
        </message>
        <message>
            <source>seen</source>
            <translation>已接诊</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已关闭</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Roster</source>
            <translation>名单</translation>
        </message>
        <message>
            <source>Scan in / out</source>
            <translation>扫码签到 / 签退</translation>
        </message>
        <message>
            <source>Skills grid</source>
            <translation>技能考核表</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Enrol: name, phone, staff id or badge serial, then Enter</source>
            <translation>报名：输入姓名、手机号、工号或胸卡编号，然后按回车</translation>
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
            <source>Hours</source>
            <translation>学时</translation>
        </message>
        <message>
            <source>In now</source>
            <translation>在场</translation>
        </message>
        <message>
            <source>Scan a badge</source>
            <translation>请扫胸卡</translation>
        </message>
        <message>
            <source>Scanning out (leaving the room)</source>
            <translation>签退（离开教室）</translation>
        </message>
        <message>
            <source>Type the written score; Space marks a skill passed ✓, not passed ✗ or blank. Ctrl+S saves.</source>
            <translation>输入笔试成绩；空格键将技能标为通过 ✓、未通过 ✗ 或空白。Ctrl+S 保存。</translation>
        </message>
        <message>
            <source>Save assessments</source>
            <translation>保存考核</translation>
        </message>
        <message>
            <source>Issue certificates</source>
            <translation>颁发证书</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>笔试</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Pick a session</source>
            <translation>请选择一个场次</translation>
        </message>
        <message>
            <source>{course} {name} · {site} {room} · {day} {start}–{end} · trainer {trainer} · {enrolled}/{capacity}</source>
            <translation>{course} {name} · {site} {room} · {day} {start}–{end} · 培训师 {trainer} · {enrolled}/{capacity}</translation>
        </message>
        <message>
            <source>enrolled</source>
            <translation>已报名</translation>
        </message>
        <message>
            <source>waiting #{n}</source>
            <translation>候补第 {n} 位</translation>
        </message>
        <message>
            <source>in</source>
            <translation>在场</translation>
        </message>
        <message>
            <source>In the room now ({count}): {names}</source>
            <translation>现在在教室（{count} 人）：{names}</translation>
        </message>
        <message>
            <source>{count} people match '{text}': type more.</source>
            <translation>有 {count} 人符合“{text}”：请再多输入一些。</translation>
        </message>
        <message>
            <source>{name}: already on this session</source>
            <translation>{name}：已在本场名单上</translation>
        </message>
        <message>
            <source>{name}: enrolled</source>
            <translation>{name}：已报名</translation>
        </message>
        <message>
            <source>{name}: waiting list #{n}</source>
            <translation>{name}：候补第 {n} 位</translation>
        </message>
        <message>
            <source>{name}: in at {time}</source>
            <translation>{name}：{time} 签到</translation>
        </message>
        <message>
            <source>{name}: out at {time}, {hours} h</source>
            <translation>{name}：{time} 签退，{hours} 小时</translation>
        </message>
        <message>
            <source>{name}: already in (recorded again) at {time}</source>
            <translation>{name}：已在场（{time} 再次记录）</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>现场报名</translation>
        </message>
        <message>
            <source>{message}

Enrol them now?</source>
            <translation>{message}

现在为其报名吗？</translation>
        </message>
        <message>
            <source>Row {row}: '{score}' is not a score.</source>
            <translation>第 {row} 行：“{score}”不是成绩。</translation>
        </message>
        <message>
            <source>{count} assessments saved.</source>
            <translation>已保存 {count} 条考核。</translation>
        </message>
        <message>
            <source>Issued {issued}, already issued {already}, not eligible {refused}.</source>
            <translation>新颁发 {issued} 张，之前已颁发 {already} 张，不符合条件 {refused} 人。</translation>
        </message>
        <message>
            <source>PDF: {path}</source>
            <translation>PDF：{path}</translation>
        </message>
    </context>
    <context>
        <name>SetupFilePicker</name>
        <message>
            <source>Setup file</source>
            <translation>设置文件</translation>
        </message>
        <message>
            <source>CareKit setup files (*.cksetup);;All files (*)</source>
            <translation>CareKit 设置文件 (*.cksetup);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>This is the demo event: sign in as {name} with the PIN {pin}.</source>
            <translation>这是演示活动：请以 {name} 登录，PIN 为 {pin}。</translation>
        </message>
        <message>
            <source>Sign out and close CareKit</source>
            <translation>退出登录并关闭 CareKit</translation>
        </message>
        <message>
            <source>Choose or type your operator name.</source>
            <translation>请选择或输入您的操作员名字。</translation>
        </message>
        <message>
            <source>Preparing search for {count} people…</source>
            <translation>正在为 {count} 人准备搜索…</translation>
        </message>
        <message>
            <source>Checking your PIN…</source>
            <translation>正在核对您的 PIN…</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>请输入 PIN，然后按回车。</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>新 PIN</translation>
        </message>
        <message>
            <source>The same PIN again:</source>
            <translation>再次输入同一 PIN：</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>两次输入的 PIN 不一致。</translation>
        </message>
    </context>
    <context>
        <name>StartDialog</name>
        <message>
            <source>No event is open on this laptop yet.</source>
            <translation>本机尚未打开任何活动。</translation>
        </message>
        <message>
            <source>Create a new event…</source>
            <translation>新建活动…</translation>
        </message>
        <message>
            <source>Join an event from a setup file…</source>
            <translation>用设置文件加入活动…</translation>
        </message>
        <message>
            <source>Open an event file…</source>
            <translation>打开活动文件…</translation>
        </message>
        <message>
            <source>Open the demo event</source>
            <translation>打开演示活动</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>{file} is encrypted. Event passphrase:</source>
            <translation>{file} 已加密。活动口令：</translation>
        </message>
        <message>
            <source>That passphrase does not open {file}. Event passphrase:</source>
            <translation>该口令无法打开 {file}。活动口令：</translation>
        </message>
    </context>
    <context>
        <name>StationPage</name>
        <message>
            <source>Screening station</source>
            <translation>筛查检查站</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>检查站</translation>
        </message>
        <message>
            <source>Scan the badge</source>
            <translation>扫描胸卡</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>测量值</translation>
        </message>
        <message>
            <source>Record health consent (F3)</source>
            <translation>记录健康检查同意 (F3)</translation>
        </message>
        <message>
            <source>Save (Enter)</source>
            <translation>保存 (Enter)</translation>
        </message>
        <message>
            <source>Correct last record (Alt+C)</source>
            <translation>更正上一条记录 (Alt+C)</translation>
        </message>
        <message>
            <source>Health data locked</source>
            <translation>健康数据已锁定</translation>
        </message>
        <message>
            <source>Type the event's health passphrase once to open health values on this laptop until tomorrow.</source>
            <translation>输入一次本活动的健康口令，即可在这台电脑上查看健康数据，直到明天。</translation>
        </message>
        <message>
            <source>Health passphrase</source>
            <translation>健康口令</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <source>Health data unlocked on this laptop for today.</source>
            <translation>今天这台电脑上的健康数据已解锁。</translation>
        </message>
        <message>
            <source>, optional</source>
            <translation>，选填</translation>
        </message>
        <message>
            <source>The work questions are for riders, couriers and warehouse staff.</source>
            <translation>工作相关问题适用于骑手、快递员和仓储人员。</translation>
        </message>
        <message>
            <source>Scan a badge to begin.</source>
            <translation>扫描胸卡开始。</translation>
        </message>
        <message>
            <source>Badge {serial}</source>
            <translation>胸卡 {serial}</translation>
        </message>
        <message>
            <source>age {band}</source>
            <translation>年龄 {band}</translation>
        </message>
        <message>
            <source>Health consent given (notice {version}).</source>
            <translation>已同意健康检查（告知书 {version}）。</translation>
        </message>
        <message>
            <source>Health consent withdrawn: nothing can be recorded.</source>
            <translation>已撤回健康检查同意：不能记录任何内容。</translation>
        </message>
        <message>
            <source>No health consent yet: ask first.</source>
            <translation>尚未同意健康检查：请先征得同意。</translation>
        </message>
        <message>
            <source>Saved for {name}.</source>
            <translation>已为 {name} 保存。</translation>
        </message>
        <message>
            <source>BMI {bmi}</source>
            <translation>BMI {bmi}</translation>
        </message>
        <message>
            <source>Blood pressure used: {s}/{d} mmHg</source>
            <translation>采用的血压：{s}/{d} mmHg</translation>
        </message>
        <message>
            <source>Glucose {value} mmol/L</source>
            <translation>血糖 {value} mmol/L</translation>
        </message>
        <message>
            <source>URGENT</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>No flags.</source>
            <translation>无异常提示。</translation>
        </message>
        <message>
            <source>Correcting the last record: change the values and press Enter.</source>
            <translation>正在更正上一条记录：修改数值后按 Enter。</translation>
        </message>
    </context>
    <context>
        <name>StayDialog</name>
        <message>
            <source>Room for {name}</source>
            <translation>{name}的房间</translation>
        </message>
        <message>
            <source>&amp;Hotel:</source>
            <translation>酒店(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Room:</source>
            <translation>房间号(&amp;R)：</translation>
        </message>
        <message>
            <source>Room &amp;type:</source>
            <translation>房型(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;First night:</source>
            <translation>入住日期(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Nights:</source>
            <translation>晚数(&amp;N)：</translation>
        </message>
        <message>
            <source>2026-12-04</source>
            <translation>2026-12-04</translation>
        </message>
        <message>
            <source>&amp;Give the room back…</source>
            <translation>退房(&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Room {room} already holds {count} of {capacity}: it is full.</source>
            <translation>房间 {room} 已住 {count} 人（共 {capacity} 人）：已满。</translation>
        </message>
        <message numerus="yes">
            <source>Shares room {room} with %n other(s).</source>
            <translation>
                <numerusform>与另外 %n 人同住 {room} 房间。</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} gives back room {room} at {hotel} and has no room until given another.</source>
            <translation>{name}将退掉{hotel}的 {room} 房间，在分配新房间之前没有房间。</translation>
        </message>
        <message>
            <source>Give the room back</source>
            <translation>退房</translation>
        </message>
        <message>
            <source>Give it back</source>
            <translation>退房</translation>
        </message>
        <message>
            <source>Keep the room</source>
            <translation>保留房间</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>nothing</source>
            <translation>无</translation>
        </message>
        <message>
            <source>The clock of {laptop} runs ahead of this laptop's by more than {minutes} minutes (its newest change is stamped {when}). Its changes were kept, but this laptop's clock did not follow; set the date and time on {laptop}.</source>
            <translation>{laptop} 的时钟比本机快了 {minutes} 分钟以上（其最新更改的时间为 {when}）。其更改已保留，但本机时钟没有跟随；请校正 {laptop} 的日期和时间。</translation>
        </message>
    </context>
    <context>
        <name>SyncActions</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>{file} from {desk}: {new} new, {updated} updated, {unchanged} unchanged, {facts} new check-ins and log lines, {conflicts} conflicts, {duplicates} possible duplicates</source>
            <translation>{file}（来自 {desk}）：新增 {new}，更新 {updated}，未变 {unchanged}，新签到及日志 {facts} 条，冲突 {conflicts} 个，可能重复 {duplicates} 个</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>导出同步包</translation>
        </message>
        <message>
            <source>CareKit bundles (*.ckbundle)</source>
            <translation>CareKit 同步包 (*.ckbundle)</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>正在写入 {file}…</translation>
        </message>
        <message>
            <source>Bundle written</source>
            <translation>同步包已写入</translation>
        </message>
        <message>
            <source>{file} is ready ({size} KB). Copy it to the other laptops and import it there.</source>
            <translation>{file} 已就绪（{size} KB）。请将其复制到其他设备并在那里导入。</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>导入同步包</translation>
        </message>
        <message numerus="yes">
            <source>Merging %n bundle(s)…</source>
            <translation>
                <numerusform>正在合并 %n 个同步包…</numerusform>
            </translation>
        </message>
        <message>
            <source>Bundles imported</source>
            <translation>同步包已导入</translation>
        </message>
        <message>
            <source>Imported before this one:</source>
            <translation>在此之前已导入：</translation>
        </message>
        <message>
            <source>A bundle was not imported</source>
            <translation>有一个同步包未导入</translation>
        </message>
        <message>
            <source>Merging {file}…</source>
            <translation>正在合并 {file}…</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <source>Export a bundle…</source>
            <translation>导出同步包…</translation>
        </message>
        <message>
            <source>Import bundles…</source>
            <translation>导入同步包…</translation>
        </message>
        <message>
            <source>What this laptop has</source>
            <translation>本机已有的数据</translation>
        </message>
        <message>
            <source>Conflicts waiting</source>
            <translation>待处理的冲突</translation>
        </message>
        <message>
            <source>Possible duplicates waiting</source>
            <translation>待处理的可能重复</translation>
        </message>
        <message>
            <source>Recent exports and imports</source>
            <translation>最近的导出与导入</translation>
        </message>
        <message>
            <source>Scans kept aside</source>
            <translation>暂放一旁的扫码</translation>
        </message>
        <message>
            <source>Try recording them again</source>
            <translation>重新尝试记录</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>This laptop, {name}{where}: its own work up to {when}</source>
            <translation>本机 {name}{where}：自身数据截至 {when}</translation>
        </message>
        <message>
            <source>From {name}{where}: everything up to {when}</source>
            <translation>来自 {name}{where}：全部数据截至 {when}</translation>
        </message>
        <message>
            <source>Nothing yet.</source>
            <translation>暂无。</translation>
        </message>
        <message>
            <source>exported {file}</source>
            <translation>已导出 {file}</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <source>imported {file} from {desk}</source>
            <translation>已导入来自 {desk} 的 {file}</translation>
        </message>
        <message>
            <source>{new} new, {updated} updated, {conflicts} conflicts, {duplicates} duplicates</source>
            <translation>新增 {new}，更新 {updated}，冲突 {conflicts}，重复 {duplicates}</translation>
        </message>
        <message>
            <source>Conflicts waiting ({n})</source>
            <translation>待处理的冲突（{n}）</translation>
        </message>
        <message>
            <source>Possible duplicates waiting ({n})</source>
            <translation>待处理的可能重复（{n}）</translation>
        </message>
        <message>
            <source>The file {file} beside the event file, which keeps the scans answered during a merge, cannot be opened: it is damaged. Scans are recorded as usual while no merge runs; keep the file and ask for support.</source>
            <translation>活动文件旁用于保存合并期间扫码的 {file} 文件无法打开：它已损坏。没有合并进行时，扫码照常记录；请保留该文件并联系技术支持。</translation>
        </message>
        <message>
            <source>Scans answered during a merge but not recorded: {n}. Recording them failed, so they are set aside and kept; every other scan goes on being recorded. Try again below; if they still fail, keep the file {file} beside the event file and ask for support.</source>
            <translation>合并期间已给出结果但未记录的扫码：{n} 条。记录失败，因此已暂放一旁并保留；其他扫码照常记录。请点下方按钮重试；如仍失败，请保留活动文件旁的 {file} 文件并联系技术支持。</translation>
        </message>
        <message>
            <source>Waiting scans that cannot be read: {n}. They were written under another event key or are damaged, and are kept in {file} beside the event file: do not delete it; ask for support.</source>
            <translation>无法读取的待记录扫码：{n} 条。它们用另一个活动密钥写入或已损坏，保存在活动文件旁的 {file} 中：请勿删除该文件，并联系技术支持。</translation>
        </message>
        <message>
            <source>Next: export a bundle and import it on the other laptops, then bring their bundles back here and import them.</source>
            <translation>下一步：导出同步包并在其他设备上导入，再把它们的同步包带回本机导入。</translation>
        </message>
        <message>
            <source>Next: a coordinator picks the right value for each conflict on the right. Until then the newest value is shown.</source>
            <translation>下一步：由协调员在右侧为每个冲突选择正确的值。在此之前显示最新的值。</translation>
        </message>
        <message>
            <source>Next: a coordinator decides for each possible duplicate: the same person (merge) or different people.</source>
            <translation>下一步：由协调员判断每组可能重复的人员：是同一人（合并）还是不同的人。</translation>
        </message>
        <message>
            <source>Next: export a bundle so the other laptops get what this laptop has now.</source>
            <translation>下一步：导出同步包，让其他设备获得本机现有的数据。</translation>
        </message>
        <message>
            <source>All settled. Exchange bundles again after the next busy hour, or before laptops leave the venue.</source>
            <translation>全部处理完毕。请在下一个繁忙时段之后，或设备离开场馆之前，再次交换同步包。</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <source>attended {attended} h of {hours} h</source>
            <translation>出勤 {attended} 小时 / 共 {hours} 小时</translation>
        </message>
        <message>
            <source>no written score yet</source>
            <translation>尚无笔试成绩</translation>
        </message>
        <message>
            <source>written {score} &lt; {mark}</source>
            <translation>笔试 {score} &lt; {mark}</translation>
        </message>
        <message>
            <source>{skill} not assessed</source>
            <translation>{skill} 未考核</translation>
        </message>
        <message>
            <source>{skill} not passed</source>
            <translation>{skill} 未通过</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>未通过</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>no certificate of {code} valid or expired less than {months} months ago</source>
            <translation>没有有效的或过期不足 {months} 个月的 {code} 证书</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <source>Training</source>
            <translation>培训</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>场次</translation>
        </message>
        <message>
            <source>Renewals</source>
            <translation>复训提醒</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>站点</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>剩余天数</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Course · serial</source>
            <translation>课程 · 编号</translation>
        </message>
        <message>
            <source>Certificates running out within {days} days and not yet renewed: whom to invite to a renewal course.</source>
            <translation>{days} 天内到期且尚未复训的证书：应邀请参加复训的人。</translation>
        </message>
        <message>
            <source>all</source>
            <translation>全部</translation>
        </message>
    </context>
    <context>
        <name>TravelImportDialog</name>
        <message>
            <source>Import the travel agent's file</source>
            <translation>导入旅行社文件</translation>
        </message>
        <message>
            <source>&amp;Choose a file…</source>
            <translation>选择文件(&amp;C)…</translation>
        </message>
        <message>
            <source>CSV or Excel file from the travel agent</source>
            <translation>旅行社提供的 CSV 或 Excel 文件</translation>
        </message>
        <message>
            <source>&amp;Lines left out:</source>
            <translation>未导入的行(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Import the good rows</source>
            <translation>导入正确的行(&amp;I)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Choose the travel agent's file</source>
            <translation>选择旅行社文件</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
            <translation>表格文件 (*.xlsx *.csv *.txt)</translation>
        </message>
        <message>
            <source>Choose the file; it is checked and shown before anything is stored.</source>
            <translation>选择文件；保存任何内容之前会先检查并显示。</translation>
        </message>
        <message numerus="yes">
            <source>%n leg(s)</source>
            <translation>
                <numerusform>%n 段行程</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n passenger seat(s)</source>
            <translation>
                <numerusform>%n 个乘客座位</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) left out</source>
            <translation>
                <numerusform>%n 行未导入</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {legs} with {passengers}; {left_out}.</source>
            <translation>已导入{legs}，共{passengers}；{left_out}。</translation>
        </message>
        <message>
            <source>The file would add {legs} with {passengers}; {left_out}.</source>
            <translation>此文件将添加{legs}，共{passengers}；{left_out}。</translation>
        </message>
    </context>
    <context>
        <name>TravellerDialog</name>
        <message>
            <source>Add a traveller</source>
            <translation>添加旅客</translation>
        </message>
        <message>
            <source>Edit the traveller</source>
            <translation>编辑旅客</translation>
        </message>
        <message>
            <source>&amp;Worker visited (staff id):</source>
            <translation>探望的员工（工号）(&amp;W)：</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Phone (empty: the worker's):</source>
            <translation>电话（空：使用员工电话）(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Relationship:</source>
            <translation>关系(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Age:</source>
            <translation>年龄段(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>Nee&amp;ds:</source>
            <translation>需求(&amp;D)：</translation>
        </message>
        <message>
            <source>Identity &amp;document:</source>
            <translation>身份证件(&amp;D)：</translation>
        </message>
        <message>
            <source>Document n&amp;umber:</source>
            <translation>证件号码(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Medical note:</source>
            <translation>医疗备注(&amp;M)：</translation>
        </message>
        <message>
            <source>the worker's language</source>
            <translation>员工的语言</translation>
        </message>
        <message>
            <source>resident id card, passport…</source>
            <translation>居民身份证、护照…</translation>
        </message>
        <message>
            <source>locked — unlock with the health passphrase</source>
            <translation>已锁定——输入健康数据口令解锁</translation>
        </message>
        <message>
            <source>only coordinators see and change this</source>
            <translation>只有协调员可以查看和修改</translation>
        </message>
        <message>
            <source>for ticketing; sealed when saved</source>
            <translation>用于购票；保存时加密封存</translation>
        </message>
        <message>
            <source>sealed when saved</source>
            <translation>保存时加密封存</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>Locked after idle time. {name} has no PIN yet: choose one ({low}–{high} digits), type it twice, and it unlocks from now on.</source>
            <translation>闲置后已锁定。{name} 还没有 PIN：请设置一个（{low}–{high} 位数字），输入两次，以后用它解锁。</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>再次输入 PIN</translation>
        </message>
        <message>
            <source>Locked after idle time. {name}, enter your PIN.</source>
            <translation>因闲置已锁定。{name}，请输入您的 PIN。</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Another operator…</source>
            <translation>其他操作员…</translation>
        </message>
        <message>
            <source>Checking your PIN…</source>
            <translation>正在核对您的 PIN…</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>请输入 PIN，然后按回车。</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>两次输入的 PIN 不一致。</translation>
        </message>
    </context>
    <context>
        <name>UrgentFlagDialog</name>
        <message>
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>URGENT: send {name} to {destination} now</source>
            <translation>紧急：请立即送 {name} 去{destination}</translation>
        </message>
        <message>
            <source>An urgent referral is at the top of the referral queue.</source>
            <translation>紧急转诊已排在转诊队列最前面。</translation>
        </message>
        <message>
            <source>I have seen this and am sending them on</source>
            <translation>我已看到，马上转送</translation>
        </message>
    </context>
    <context>
        <name>VehiclePlan</name>
        <message>
            <source>Window (minutes)</source>
            <translation>时间窗（分钟）</translation>
        </message>
        <message>
            <source>Seats per vehicle</source>
            <translation>每车座位数</translation>
        </message>
        <message>
            <source>Plan pick-ups</source>
            <translation>安排接站</translation>
        </message>
        <message>
            <source>Move to this vehicle</source>
            <translation>移到这辆车</translation>
        </message>
        <message>
            <source>Save driver</source>
            <translation>保存司机信息</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>司机</translation>
        </message>
        <message>
            <source>Driver's phone</source>
            <translation>司机电话</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Train / flight</source>
            <translation>车次 / 航班</translation>
        </message>
        <message>
            <source>Arrives</source>
            <translation>到达时间</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>特殊需求</translation>
        </message>
        <message>
            <source>{vehicle} is over capacity ({detail})</source>
            <translation>{vehicle} 超员（{detail}）</translation>
        </message>
        <message>
            <source>{vehicle} leaves before {detail} arrives</source>
            <translation>{vehicle} 在 {detail} 到达之前就发车</translation>
        </message>
        <message>
            <source>A traveller on {detail} has no pick-up</source>
            <translation>乘坐 {detail} 的一位出行人没有接站安排</translation>
        </message>
        <message>
            <source>A train or flight in {vehicle} changed after planning ({detail})</source>
            <translation>{vehicle} 安排后，车次或航班有变（{detail}）</translation>
        </message>
        <message>
            <source>{vehicle} takes a wheelchair user but is not accessible</source>
            <translation>{vehicle} 载有轮椅使用者，但不是无障碍车辆</translation>
        </message>
        <message>
            <source>Planned {vehicles} vehicles for {seated} travellers.</source>
            <translation>已为 {seated} 位出行人安排 {vehicles} 辆车。</translation>
        </message>
        <message>
            <source>Select a traveller and the vehicle to move them to.</source>
            <translation>请选择一位出行人和要移到的车辆。</translation>
        </message>
    </context>
    <context>
        <name>Verify</name>
        <message>
            <source>This is not a CareKit certificate code.</source>
            <translation>这不是 CareKit 证书码。</translation>
        </message>
        <message>
            <source>The code is damaged or incomplete.</source>
            <translation>该码已损坏或不完整。</translation>
        </message>
        <message>
            <source>Signed by a key this laptop does not know: it cannot be trusted (import the issuer's public key).</source>
            <translation>由本机未知的密钥签名，无法信任（请导入签发方的公钥）。</translation>
        </message>
        <message>
            <source>The signature does not match: the code is forged or altered.</source>
            <translation>签名不匹配：该码系伪造或被篡改。</translation>
        </message>
        <message>
            <source>The issuing key is not vouched for by the organisation's key: the code is forged.</source>
            <translation>签发密钥没有得到机构密钥的担保：此码是伪造的。</translation>
        </message>
        <message>
            <source>Issued on a day the issuing key was not delegated for: the code is forged or the key expired.</source>
            <translation>签发日期不在签发密钥的授权期内：此码是伪造的，或密钥已过期。</translation>
        </message>
        <message>
            <source>Revoked: signed by issuing key {detail} on or after its revocation.</source>
            <translation>已吊销：由签发密钥 {detail} 在其吊销当天或之后签署。</translation>
        </message>
        <message>
            <source>Revoked: {detail}</source>
            <translation>已吊销：{detail}</translation>
        </message>
        <message>
            <source>Genuine, but expired on {expires}.</source>
            <translation>证书为真，但已于 {expires} 过期。</translation>
        </message>
        <message>
            <source>Valid until {expires}.</source>
            <translation>有效期至 {expires}。</translation>
        </message>
        <message>
            <source>This file is not a signed credential.</source>
            <translation>此文件不是已签名的凭证。</translation>
        </message>
        <message>
            <source>The credential's proof is of a kind CareKit does not check.</source>
            <translation>此凭证的证明类型 CareKit 无法核验。</translation>
        </message>
        <message>
            <source>The credential's proof is not made for asserting a credential.</source>
            <translation>此凭证的证明并非用于声明凭证。</translation>
        </message>
        <message>
            <source>The credential is signed by a key CareKit cannot read.</source>
            <translation>此凭证由 CareKit 无法读取的密钥签名。</translation>
        </message>
        <message>
            <source>The credential is damaged or incomplete.</source>
            <translation>此凭证已损坏或不完整。</translation>
        </message>
        <message>
            <source>The signature does not match: the credential is forged or altered.</source>
            <translation>签名不符：此凭证是伪造的或已被改动。</translation>
        </message>
        <message>
            <source>The credential is signed by a key the organisation did not delegate: it is forged.</source>
            <translation>此凭证由机构未授权的密钥签名：是伪造的。</translation>
        </message>
        <message>
            <source>The credential and the certificate code it carries disagree: it is forged or altered.</source>
            <translation>此凭证与其携带的证书码内容不一致：是伪造的或已被改动。</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <source>Verify certificate</source>
            <translation>验证证书</translation>
        </message>
        <message>
            <source>Scan the certificate's QR code, or paste its code, then press Enter.</source>
            <translation>扫描证书的 QR 码，或粘贴证书码，然后按 Enter。</translation>
        </message>
        <message>
            <source>CKC2.… or the credential's JSON {…}</source>
            <translation>CKC2.… 或凭证的 JSON {…}</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>验证</translation>
        </message>
        <message>
            <source>Signing keys…</source>
            <translation>签名密钥…</translation>
        </message>
        <message>
            <source>Revoke this certificate…</source>
            <translation>吊销此证书…</translation>
        </message>
        <message>
            <source>VALID</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>EXPIRED</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>REVOKED</source>
            <translation>已吊销</translation>
        </message>
        <message>
            <source>FORGED</source>
            <translation>伪造</translation>
        </message>
        <message>
            <source>{holder} · course {course} · issued {issued} · valid until {expires}
serial {serial} · issuer {issuer} · key {fingerprint}</source>
            <translation>{holder} · 课程 {course} · 签发于 {issued} · 有效期至 {expires}
编号 {serial} · 签发方 {issuer} · 密钥 {fingerprint}</translation>
        </message>
        <message>
            <source>Revoke certificate</source>
            <translation>吊销证书</translation>
        </message>
        <message>
            <source>Why is certificate {serial} revoked?</source>
            <translation>为什么吊销证书 {serial}？</translation>
        </message>
        <message>
            <source>Revoke certificate {serial} of {holder}? Every laptop will show it as revoked once this travels; it cannot be made valid again (issue a new one instead).</source>
            <translation>吊销 {holder} 的证书 {serial}？同步之后每台电脑都会显示它已吊销；它无法再恢复有效（请改为颁发新证书）。</translation>
        </message>
        <message>
            <source>Keep it valid</source>
            <translation>保持有效</translation>
        </message>
    </context>
    <context>
        <name>WaitingNote</name>
        <message>
            <source>Recorded as soon as the merge finishes.</source>
            <translation>合并结束后立即记录。</translation>
        </message>
        <message>
            <source>Not recorded yet: this scan is kept but set aside. A coordinator can try again on the Sync page.</source>
            <translation>尚未记录：这次扫码已保留，但被暂放一旁。协调员可在同步页面重试。</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <source>Register a walk-in</source>
            <translation>现场登记</translation>
        </message>
        <message>
            <source>Print notice</source>
            <translation>打印告知书</translation>
        </message>
        <message>
            <source>The person heard the registration notice and agrees</source>
            <translation>本人已听取登记告知并同意</translation>
        </message>
        <message>
            <source>Name (as written)</source>
            <translation>姓名（按本人写法）</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Registration notice</source>
            <translation>登记告知书</translation>
        </message>
        <message>
            <source>Register and check in</source>
            <translation>登记并签到</translation>
        </message>
        <message>
            <source>Notice version {version}</source>
            <translation>告知书版本 {version}</translation>
        </message>
    </context>
</TS>