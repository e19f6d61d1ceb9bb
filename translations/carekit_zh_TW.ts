<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
    <context>
        <name>AddSiteDialog</name>
        <message>
            <source>Add a site</source>
            <translation>新增場地</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>場館</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Nobody signed in, so CareKit closes: event data is shown only to a signed-in operator. Start CareKit again to sign in.</source>
            <translation>沒有人登入，CareKit 將關閉：活動資料只向已登入的操作人員顯示。請重新啟動 CareKit 以登入。</translation>
        </message>
    </context>
    <context>
        <name>ApplySetupDialog</name>
        <message>
            <source>Apply a newer setup file</source>
            <translation>套用較新的設定檔</translation>
        </message>
        <message>
            <source>A coordinator gives a newer setup file when the event's keys were rotated or operators were added: this laptop takes the new key, the operators and their PINs from it, and keeps its own data.</source>
            <translation>活動金鑰更換或新增操作員後，協調員會提供較新的設定檔：這台筆電從中取得新金鑰、操作員及其 PIN，並保留自己的資料。</translation>
        </message>
        <message>
            <source>Setup file</source>
            <translation>設定檔</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>密碼</translation>
        </message>
        <message>
            <source>Choose the setup file first.</source>
            <translation>請先選擇設定檔。</translation>
        </message>
    </context>
    <context>
        <name>ArrivalScan</name>
        <message>
            <source>At the pick-up point</source>
            <translation>在接送點</translation>
        </message>
        <message>
            <source>At the hotel</source>
            <translation>在飯店</translation>
        </message>
        <message>
            <source>Scan a traveller's badge on arrival</source>
            <translation>旅客抵達時掃描其識別證</translation>
        </message>
        <message>
            <source>{name}: already met at {time}, {desk} (this scan was recorded too)</source>
            <translation>{name}：已於 {time} 在 {desk} 接到（本次掃描也已記錄）</translation>
        </message>
        <message>
            <source>{name}: arrived at {time}</source>
            <translation>{name}：{time} 已抵達</translation>
        </message>
    </context>
    <context>
        <name>ArrivalsBoard</name>
        <message>
            <source>Arrivals board</source>
            <translation>抵達看板</translation>
        </message>
        <message>
            <source>Family arrivals</source>
            <translation>家屬抵達</translation>
        </message>
        <message>
            <source>Arrives</source>
            <translation>抵達時間</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Train / flight</source>
            <translation>車次 / 航班</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Vehicle</source>
            <translation>車輛</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>準點</translation>
        </message>
        <message>
            <source>landed</source>
            <translation>已抵達</translation>
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
            <translation>識別證</translation>
        </message>
        <message>
            <source>The badge is ready.</source>
            <translation>識別證已就緒。</translation>
        </message>
        <message>
            <source>Some characters have no font and print as �:</source>
            <translation>部分字元沒有可用字型，將列印為 �：</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開啟</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>列印…</translation>
        </message>
    </context>
    <context>
        <name>BadgeLayouts</name>
        <message>
            <source>4 × 3 in badge (badge printers)</source>
            <translation>4 × 3 英吋識別證（識別證印表機）</translation>
        </message>
        <message>
            <source>A4 label sheet, 2 × 4 (99.1 × 67.7 mm, e.g. L7165)</source>
            <translation>A4 標籤紙，2 × 4（99.1 × 67.7 公釐，如 L7165）</translation>
        </message>
        <message>
            <source>A4 label sheet, 3 × 8 (63.5 × 33.9 mm, e.g. L7159)</source>
            <translation>A4 標籤紙，3 × 8（63.5 × 33.9 公釐，如 L7159）</translation>
        </message>
        <message>
            <source>CR80 card, 85.6 × 54 mm (card printers)</source>
            <translation>CR80 卡片，85.6 × 54 公釐（卡片印表機）</translation>
        </message>
    </context>
    <context>
        <name>BadgeOnScreen</name>
        <message>
            <source>Badge for {name}</source>
            <translation>{name} 的識別證</translation>
        </message>
    </context>
    <context>
        <name>Badges</name>
        <message>
            <source>WORKER</source>
            <translation>員工</translation>
        </message>
        <message>
            <source>FAMILY</source>
            <translation>家屬</translation>
        </message>
        <message>
            <source>GUEST</source>
            <translation>來賓</translation>
        </message>
        <message>
            <source>STAFF</source>
            <translation>工作人員</translation>
        </message>
    </context>
    <context>
        <name>BatchBadgeDialog</name>
        <message>
            <source>Print badges</source>
            <translation>批次列印識別證</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>全部場地</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>員工</translation>
        </message>
        <message>
            <source>Family members</source>
            <translation>家屬</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>來賓</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>工作人員</translation>
        </message>
        <message>
            <source>Only badges not printed yet</source>
            <translation>僅未列印過的識別證</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>站點</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>版面配置</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>儲存 PDF…</translation>
        </message>
        <message>
            <source>Save badges</source>
            <translation>儲存識別證</translation>
        </message>
        <message>
            <source>Preparing badges…</source>
            <translation>正在準備識別證…</translation>
        </message>
        <message>
            <source>{done} of {total} badges</source>
            <translation>識別證 {done} / {total}</translation>
        </message>
        <message>
            <source>{badges} on {pages} saved to {path}.</source>
            <translation>{badges}（共 {pages}）已儲存到 {path}。</translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s)</source>
            <translation>
                <numerusform>%n 張識別證</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n 頁</numerusform>
            </translation>
        </message>
        <message>
            <source>Some characters have no font and print as �:</source>
            <translation>部分字元沒有可用字型，將列印為 �：</translation>
        </message>
        <message>
            <source>Cancelled: nothing was marked printed.</source>
            <translation>已取消：沒有識別證被標記為已列印。</translation>
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
            <translation>（已加密的健康資料）</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>Record</source>
            <translation>紀錄</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>欄位</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Written at</source>
            <translation>寫入於</translation>
        </message>
        <message>
            <source>Shown now</source>
            <translation>目前顯示</translation>
        </message>
        <message>
            <source>Keep this value</source>
            <translation>保留此值</translation>
        </message>
        <message>
            <source>Only a coordinator resolves conflicts.</source>
            <translation>只有協調員可以處理衝突。</translation>
        </message>
        <message>
            <source>Not resolved</source>
            <translation>未處理</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>urgent</source>
            <translation>緊急</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>sealed here</source>
            <translation>本機已加密</translation>
        </message>
        <message>
            <source>record not here yet</source>
            <translation>紀錄尚未同步到本機</translation>
        </message>
        <message>
            <source>no site</source>
            <translation>未指定場地</translation>
        </message>
        <message>
            <source>Arrivals</source>
            <translation>到場</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>已登記</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>已報到</translation>
        </message>
        <message>
            <source>Not yet arrived</source>
            <translation>尚未到場</translation>
        </message>
        <message>
            <source>Walk-ins</source>
            <translation>現場登記</translation>
        </message>
        <message>
            <source>Badges whose record is not here yet</source>
            <translation>紀錄尚未同步的識別證</translation>
        </message>
        <message>
            <source>Registered and checked in</source>
            <translation>登記與報到</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>站點</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Check-ins per 15 minutes</source>
            <translation>每15分鐘報到人數</translation>
        </message>
        <message>
            <source>Busiest desks</source>
            <translation>最忙的報到櫃檯</translation>
        </message>
        <message>
            <source>Scans per desk</source>
            <translation>各報到櫃檯掃描次數</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>報到櫃檯</translation>
        </message>
        <message>
            <source>Scans</source>
            <translation>掃描次數</translation>
        </message>
        <message>
            <source>First check-ins</source>
            <translation>首次報到</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>健康篩檢</translation>
        </message>
        <message>
            <source>People screened</source>
            <translation>已篩檢人數</translation>
        </message>
        <message>
            <source>Screenings per hour are for every site.</source>
            <translation>每小時篩檢數為所有場地合計。</translation>
        </message>
        <message>
            <source>People screened per station per hour</source>
            <translation>各檢查站每小時篩檢人數</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>檢查站</translation>
        </message>
        <message>
            <source>Hour</source>
            <translation>時段</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人數</translation>
        </message>
        <message>
            <source>Flags by kind</source>
            <translation>各類警示</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>警示</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>紀錄數</translation>
        </message>
        <message>
            <source>Some records' flags are sealed on this laptop: unlock the health key to count them.</source>
            <translation>部分紀錄的警示在本機加密：解鎖健康金鑰後才能統計。</translation>
        </message>
        <message>
            <source>Open referrals</source>
            <translation>未結轉介</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>緊急</translation>
        </message>
        <message>
            <source>Open referrals by priority</source>
            <translation>按優先順序的未結轉介</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>優先順序</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>轉介去處</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開啟</translation>
        </message>
        <message>
            <source>Laptops</source>
            <translation>各台電腦</translation>
        </message>
        <message>
            <source>Last bundle from each laptop</source>
            <translation>各電腦最近一次同步包</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>電腦</translation>
        </message>
        <message>
            <source>Newest data</source>
            <translation>最新資料</translation>
        </message>
        <message>
            <source>Bundle imported</source>
            <translation>同步包匯入時間</translation>
        </message>
        <message>
            <source>this laptop</source>
            <translation>本機</translation>
        </message>
        <message>
            <source>Family visits</source>
            <translation>家屬探親</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>預計抵達</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>已抵達</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>未接到</translation>
        </message>
        <message>
            <source>Travellers by status</source>
            <translation>依狀態統計出行人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Travellers</source>
            <translation>人數</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>培訓</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>場次</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>出席</translation>
        </message>
        <message>
            <source>Pass rate</source>
            <translation>通過率</translation>
        </message>
        <message>
            <source>Certificates issued</source>
            <translation>已發證書</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>通過</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>未通過</translation>
        </message>
        <message>
            <source>Not finished</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>Results of the day's sessions</source>
            <translation>當日各場次結果</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>儀表板</translation>
        </message>
        <message>
            <source>Site:</source>
            <translation>場地：</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>The day the figures are for; today where the event is, until you pick another.</source>
            <translation>這些數字所屬的日期；預設是活動所在地的今天，直到您另選一天。</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Every site</source>
            <translation>所有場地</translation>
        </message>
        <message>
            <source>Figures of {date} · updated {time}</source>
            <translation>{date} 的資料 · 更新於 {time}</translation>
        </message>
        <message>
            <source>computed in {ms} ms</source>
            <translation>計算用時 {ms} 毫秒</translation>
        </message>
        <message>
            <source>this laptop up to {time}</source>
            <translation>本機截至 {time}</translation>
        </message>
        <message>
            <source>{laptop} up to {time} (bundle imported {imported})</source>
            <translation>{laptop} 截至 {time}（同步包匯入於 {imported}）</translation>
        </message>
        <message>
            <source>Data: {parts}</source>
            <translation>資料：{parts}</translation>
        </message>
        <message>
            <source>No data yet.</source>
            <translation>暫無資料。</translation>
        </message>
    </context>
    <context>
        <name>DeskPage</name>
        <message>
            <source>Check-in desk</source>
            <translation>報到櫃檯</translation>
        </message>
        <message>
            <source>Scan a badge or search (name, pinyin, initials, phone, staff id, serial):</source>
            <translation>掃描識別證，或搜尋（姓名、拼音、字首、手機號碼、員工編號、識別證編號）：</translation>
        </message>
        <message>
            <source>Scan or type…</source>
            <translation>掃描或輸入…</translation>
        </message>
        <message>
            <source>Walk-in (F2)</source>
            <translation>現場登記 (F2)</translation>
        </message>
        <message>
            <source>Print badge (F4)</source>
            <translation>列印識別證 (F4)</translation>
        </message>
        <message>
            <source>Check in selected (Enter)</source>
            <translation>為選取的人員報到 (Enter)</translation>
        </message>
        <message>
            <source>Open person (Ctrl+E)</source>
            <translation>開啟人員 (Ctrl+E)</translation>
        </message>
        <message>
            <source>Enrol in a session (F6)</source>
            <translation>報名培訓場次 (F6)</translation>
        </message>
        <message numerus="yes">
            <source>%n registered</source>
            <translation>
                <numerusform>已登記 %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{checked} checked in of {registered}</source>
            <translation>已報到 {checked} / {registered}</translation>
        </message>
        <message>
            <source>Nobody found for “{text}”. Check the spelling, try the phone or staff id, or press F2 to register a walk-in.</source>
            <translation>找不到「{text}」。請檢查拼寫，試試手機號碼或員工編號，或按 F2 現場登記。</translation>
        </message>
        <message>
            <source>Select a person in the list first (↓ from the search field).</source>
            <translation>請先在清單中選取一個人（在搜尋框按 ↓）。</translation>
        </message>
        <message>
            <source>Select a person in the list first (↓ from the search field), then press F6 to enrol them in a session.</source>
            <translation>請先在清單中選擇一個人(在搜尋框按 ↓),再按 F6 為其報名培訓場次。</translation>
        </message>
        <message>
            <source>There is no training session still to come to enrol into.</source>
            <translation>沒有尚未結束、可以報名的培訓場次。</translation>
        </message>
        <message>
            <source>Already enrolled in this session</source>
            <translation>已報名本場次</translation>
        </message>
        <message>
            <source>Already on this session's waiting list (#{n})</source>
            <translation>已在本場次的候補名單上(第 {n} 位)</translation>
        </message>
        <message>
            <source>Enrolled in the session</source>
            <translation>已報名該場次</translation>
        </message>
        <message>
            <source>Session full: on the waiting list (#{n})</source>
            <translation>場次已滿:已列入候補名單(第 {n} 位)</translation>
        </message>
        <message>
            <source>Nobody to print a badge for: scan a badge or select a person in the list, then press F4.</source>
            <translation>沒有可列印識別證的人：請先掃描識別證或在清單中選取一個人，再按 F4。</translation>
        </message>
    </context>
    <context>
        <name>DeviceDialog</name>
        <message>
            <source>This laptop</source>
            <translation>本機</translation>
        </message>
        <message>
            <source>Desk name</source>
            <translation>櫃檯名稱</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>站點</translation>
        </message>
    </context>
    <context>
        <name>DuplicateChoice</name>
        <message>
            <source>Already registered?</source>
            <translation>已經登記過？</translation>
        </message>
        <message>
            <source>These people already have this phone or staff id. Is the walk-in one of them?</source>
            <translation>以下人員已使用這個手機號碼或員工編號。現場登記的人是其中之一嗎？</translation>
        </message>
        <message>
            <source>checked in</source>
            <translation>已報到</translation>
        </message>
        <message>
            <source>not checked in</source>
            <translation>未報到</translation>
        </message>
        <message>
            <source>Yes: check this person in</source>
            <translation>是：為此人報到</translation>
        </message>
        <message>
            <source>No: register as new (flagged as possible duplicate)</source>
            <translation>否：作為新人員登記（標記為可能重複）</translation>
        </message>
        <message>
            <source>Back to the form</source>
            <translation>返回表單</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesView</name>
        <message>
            <source>Person</source>
            <translation>人員</translation>
        </message>
        <message>
            <source>Maybe the same as</source>
            <translation>可能與此人相同</translation>
        </message>
        <message>
            <source>Because</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Same person: merge into the first…</source>
            <translation>同一個人：併入第一位…</translation>
        </message>
        <message>
            <source>Different people</source>
            <translation>不同的人</translation>
        </message>
        <message>
            <source>same phone {value}</source>
            <translation>手機號碼相同 {value}</translation>
        </message>
        <message>
            <source>same staff id {value}</source>
            <translation>員工編號相同 {value}</translation>
        </message>
        <message>
            <source>Undo the last merge ({absorbed} into {kept})</source>
            <translation>撤銷最近一次合併（{absorbed} 併入 {kept}）</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>Undo merge</source>
            <translation>撤銷合併</translation>
        </message>
        <message>
            <source>Give {absorbed} back their own record, badges, consents and check-ins, apart from {kept}?</source>
            <translation>讓 {absorbed} 重新擁有自己的紀錄、識別證、同意紀錄和簽到，與 {kept} 分開？</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Enrol in a training session</source>
            <translation>報名培訓場次</translation>
        </message>
        <message>
            <source>Enrol {name} in which session? (↑↓ to choose, Enter to enrol)</source>
            <translation>為 {name} 報名哪個場次?(↑↓ 選擇,Enter 報名)</translation>
        </message>
        <message>
            <source>Enrol in this session</source>
            <translation>報名此場次</translation>
        </message>
        <message>
            <source>{enrolled}/{capacity} enrolled</source>
            <translation>已報名 {enrolled}/{capacity}</translation>
        </message>
        <message>
            <source>full ({capacity}): joins the waiting list</source>
            <translation>已滿({capacity}):將列入候補名單</translation>
        </message>
        <message>
            <source>already enrolled here</source>
            <translation>已報名此場次</translation>
        </message>
        <message>
            <source>already on the waiting list here</source>
            <translation>已在此場次的候補名單上</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase a person</source>
            <translation>刪除個人資料</translation>
        </message>
        <message>
            <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; The person's name, phone, staff id, employer, city, health records and notes are cleared on this laptop now and on every laptop that receives this laptop's next bundle. Their check-ins stay only as anonymous counts and their badge stops working.</source>
            <translation>&lt;b&gt;此操作無法復原。&lt;/b&gt;此人的姓名、電話、員工編號、單位、城市、健康紀錄和備註會立即在本機清除，並在收到本機下一個同步包的每台電腦上清除。其報到只作為匿名計數保留，識別證失效。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手機</translation>
        </message>
        <message>
            <source>Staff id</source>
            <translation>工號</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>識別證</translation>
        </message>
        <message>
            <source>for example: asked at the desk on 5 December</source>
            <translation>例如：12月5日本人在報到櫃檯提出</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>永久刪除</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>No event database given: use --db PATH (or --demo).</source>
            <translation>未指定活動資料庫：請使用 --db 路徑（或 --demo）。</translation>
        </message>
        <message>
            <source>Sign in first: name the operator with --operator NAME (or $CAREKIT_OPERATOR) and give the PIN in $CAREKIT_PIN.</source>
            <translation>請先登入：用 --operator 姓名（或 $CAREKIT_OPERATOR）指明操作員，並在 $CAREKIT_PIN 中提供 PIN。</translation>
        </message>
        <message>
            <source>'{part}' is not FIELD=HEADER (for example name=姓名).</source>
            <translation>「{part}」不符合 FIELD=HEADER 格式（例如 name=姓名）。</translation>
        </message>
        <message>
            <source>Give the new PIN with --pin.</source>
            <translation>請用 --pin 指定新 PIN。</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>兩次輸入的 PIN 不一致。</translation>
        </message>
        <message>
            <source>Give the health passphrase in CAREKIT_HEALTH_PASSPHRASE.</source>
            <translation>請在 CAREKIT_HEALTH_PASSPHRASE 中提供健康通行碼。</translation>
        </message>
        <message>
            <source>Give the event file's passphrase in CAREKIT_DB_PASSPHRASE.</source>
            <translation>請在 CAREKIT_DB_PASSPHRASE 中提供活動檔案的通行碼。</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>兩次輸入的通行碼不一致。</translation>
        </message>
        <message>
            <source>This event file is already encrypted.</source>
            <translation>此活動檔案已經加密。</translation>
        </message>
        <message>
            <source>{file} already exists; name a new file.</source>
            <translation>{file} 已存在；請換一個新檔名。</translation>
        </message>
        <message>
            <source>Give the new file's passphrase in CAREKIT_NEW_DB_PASSPHRASE.</source>
            <translation>請在 CAREKIT_NEW_DB_PASSPHRASE 中提供新檔案的通行碼。</translation>
        </message>
        <message>
            <source>An event passphrase has at least {n} characters.</source>
            <translation>活動通行碼至少需要 {n} 個字元。</translation>
        </message>
        <message>
            <source>Give the new health passphrase in CAREKIT_NEW_HEALTH_PASSPHRASE.</source>
            <translation>請在 CAREKIT_NEW_HEALTH_PASSPHRASE 中提供新的健康通行碼。</translation>
        </message>
        <message>
            <source>There is no site '{site}'.</source>
            <translation>沒有場地「{site}」。</translation>
        </message>
        <message>
            <source>'{layout}' is not a badge layout; choose from {choices}.</source>
            <translation>「{layout}」不是識別證版式，請從 {choices} 中選擇。</translation>
        </message>
        <message>
            <source>No registrations match: no badges to print.</source>
            <translation>沒有符合條件的登記，無識別證可列印。</translation>
        </message>
        <message>
            <source>Give the organisation's name for its key.</source>
            <translation>請填寫金鑰所屬機構的名稱。</translation>
        </message>
        <message>
            <source>No issuing key {key}.</source>
            <translation>沒有簽發金鑰 {key}。</translation>
        </message>
        <message>
            <source>Say who or which laptop the key is for.</source>
            <translation>請說明此金鑰給誰或哪臺筆電使用。</translation>
        </message>
        <message>
            <source>An issuing key is delegated for 1 to {most} days (got {days}).</source>
            <translation>簽發金鑰的授權期為 1 到 {most} 天（收到 {days}）。</translation>
        </message>
        <message>
            <source>The organisation's root key is not on this laptop: delegate from the laptop that holds it (or restore its backup there).</source>
            <translation>本機沒有機構根金鑰：請在持有根金鑰的筆電上授權（或在那裡恢復其備份）。</translation>
        </message>
        <message>
            <source>Issuing key {key} was revoked; make a new one.</source>
            <translation>簽發金鑰 {key} 已被撤銷；請新建一個。</translation>
        </message>
        <message>
            <source>Say why the issuing key is revoked.</source>
            <translation>請說明撤銷簽發金鑰的原因。</translation>
        </message>
        <message>
            <source>This laptop's issuing key {key} expired on {until}: ask a coordinator to delegate a new one.</source>
            <translation>本機的簽發金鑰 {key} 已於 {until} 過期：請協調員授權一個新的。</translation>
        </message>
        <message>
            <source>This laptop's issuing key was revoked: ask a coordinator for a new one.</source>
            <translation>本機的簽發金鑰已被撤銷：請向協調員申請新的。</translation>
        </message>
        <message>
            <source>This laptop's issuing key {key} has no delegation for {day} yet: a coordinator signs it on the root key's laptop, and it arrives with the next bundle.</source>
            <translation>本機的簽發金鑰 {key} 尚無 {day} 的授權：協調員在持有根金鑰的筆電上籤署後，授權會隨下一個同步包到達。</translation>
        </message>
        <message>
            <source>This laptop has no issuing key: request one (keys request) and have a coordinator delegate it.</source>
            <translation>本機沒有簽發金鑰：請申請一個（keys request），再由協調員授權。</translation>
        </message>
        <message>
            <source>{file} is damaged.</source>
            <translation>{file} 已損壞。</translation>
        </message>
        <message>
            <source>This event has no signing key yet: generate one first.</source>
            <translation>此活動還沒有簽名金鑰，請先產生。</translation>
        </message>
        <message>
            <source>This is not a CareKit public key file.</source>
            <translation>這不是 CareKit 公鑰檔案。</translation>
        </message>
        <message>
            <source>A certificate is valid for at least one month.</source>
            <translation>證書有效期至少為一個月。</translation>
        </message>
        <message>
            <source>Course code, course name and trainer are needed and may not contain '|'.</source>
            <translation>課程代碼、課程名稱和講師均為必填，且不能包含「|」。</translation>
        </message>
        <message>
            <source>No person with id {id}.</source>
            <translation>沒有 ID 為 {id} 的人員。</translation>
        </message>
        <message>
            <source>A name may not contain '|'.</source>
            <translation>姓名不能包含「|」。</translation>
        </message>
        <message>
            <source>No certificate with serial {serial}.</source>
            <translation>沒有編號為 {serial} 的證書。</translation>
        </message>
        <message>
            <source>Say why the certificate is revoked.</source>
            <translation>請說明撤銷證書的原因。</translation>
        </message>
        <message>
            <source>This is not a CareKit badge code. Nothing was recorded.</source>
            <translation>這不是 CareKit 識別證碼，未做任何紀錄。</translation>
        </message>
        <message>
            <source>The badge code is damaged or incomplete. Scan again or search by name.</source>
            <translation>識別證碼損壞或不完整。請重新掃描，或按姓名搜尋。</translation>
        </message>
        <message>
            <source>This badge belongs to another event. Nothing was recorded.</source>
            <translation>此識別證屬於其他活動，未做任何紀錄。</translation>
        </message>
        <message>
            <source>This badge code is forged or altered. Nothing was recorded.</source>
            <translation>此識別證碼為偽造或被篡改，未做任何紀錄。</translation>
        </message>
        <message>
            <source>This badge was made with a badge key retired after a laptop was lost, and no such badge was printed here. Nothing was recorded; print the person a new badge.</source>
            <translation>此識別證使用的識別證金鑰已在筆電遺失後停用，且本機未曾列印這張識別證。未做任何記錄；請為此人列印新的識別證。</translation>
        </message>
        <message>
            <source>This registration was cancelled or the person erased. Nothing was recorded.</source>
            <translation>此登記已取消或此人資料已刪除，未做任何紀錄。</translation>
        </message>
        <message>
            <source>This person's data was erased at their request; the badge is no longer valid. Nothing was recorded.</source>
            <translation>此人的資料已應本人要求刪除，識別證不再有效。未記錄任何內容。</translation>
        </message>
        <message>
            <source>This conflict was already resolved (perhaps on another laptop).</source>
            <translation>此衝突已被處理（可能是在其他電腦上）。</translation>
        </message>
        <message>
            <source>Pick one of the values shown.</source>
            <translation>請從顯示的值中選擇一個。</translation>
        </message>
        <message>
            <source>The record itself has not arrived yet; import the bundle that created it first.</source>
            <translation>該紀錄本身尚未同步到本機，請先匯入建立它的同步包。</translation>
        </message>
        <message>
            <source>This conflict changed meanwhile; look at its values again.</source>
            <translation>此衝突已有變化，請重新查看各個取值。</translation>
        </message>
        <message>
            <source>Sign in first.</source>
            <translation>請先登入。</translation>
        </message>
        <message>
            <source>'{kind}' is not a kind of consent.</source>
            <translation>「{kind}」不是有效的同意類型。</translation>
        </message>
        <message>
            <source>Say which version of the notice the person was shown.</source>
            <translation>請註明向本人出示的告知書版本。</translation>
        </message>
        <message>
            <source>{name} has already given this consent.</source>
            <translation>{name} 已給予此項同意。</translation>
        </message>
        <message>
            <source>There is no such consent to withdraw.</source>
            <translation>沒有可撤回的此項同意。</translation>
        </message>
        <message>
            <source>Sign in to see the dashboard.</source>
            <translation>請先登入再檢視儀表板。</translation>
        </message>
        <message>
            <source>'{value}' is not a date; write it as YYYY-MM-DD.</source>
            <translation>「{value}」不是日期，請按 YYYY-MM-DD 填寫。</translation>
        </message>
        <message>
            <source>The day report is a .pdf file, not {name}.</source>
            <translation>日報是 .pdf 檔案，而不是 {name}。</translation>
        </message>
        <message>
            <source>The event needs a name.</source>
            <translation>活動需要名稱。</translation>
        </message>
        <message>
            <source>The event ends ({end}) before it starts ({start}).</source>
            <translation>活動結束日期（{end}）早於開始日期（{start}）。</translation>
        </message>
        <message>
            <source>'{zone}' is not a time zone; use a name such as Asia/Shanghai.</source>
            <translation>「{zone}」不是時區，請使用如 Asia/Shanghai 的名稱。</translation>
        </message>
        <message>
            <source>'{region}' is not a phone region; use a code such as CN or BR.</source>
            <translation>「{region}」不是電話地區，請使用如 CN 或 BR 的代碼。</translation>
        </message>
        <message>
            <source>Every site needs a city.</source>
            <translation>每個場地都需要填寫城市。</translation>
        </message>
        <message>
            <source>Say who is creating the event.</source>
            <translation>請填寫活動建立人。</translation>
        </message>
        <message>
            <source>A PIN is at least {low} digits (letters may be added), at most {high} characters.</source>
            <translation>PIN 至少 {low} 位數字（可加字母），最多 {high} 個字元。</translation>
        </message>
        <message>
            <source>{file} already holds an event; use another file.</source>
            <translation>{file} 中已有活動，請使用其他檔案。</translation>
        </message>
        <message>
            <source>This file holds no event yet. Create one, or join one from a setup file.</source>
            <translation>此檔案中還沒有活動。請新增活動，或透過設定檔案加入活動。</translation>
        </message>
        <message>
            <source>This laptop is not part of the event yet.</source>
            <translation>本機尚未加入此活動。</translation>
        </message>
        <message>
            <source>No site called {site} in this event.</source>
            <translation>此活動中沒有名為 {site} 的場地。</translation>
        </message>
        <message>
            <source>Export to a .csv or .xlsx file, not {name}.</source>
            <translation>請匯出為 .csv 或 .xlsx 檔案，而不是 {name}。</translation>
        </message>
        <message>
            <source>'{kind}' is not a list; choose people, checkins, no-shows or walk-ins.</source>
            <translation>沒有「{kind}」這種名冊；請選擇 people、checkins、no-shows 或 walk-ins。</translation>
        </message>
        <message>
            <source>Export to a .csv, .xlsx or .pdf file, not {name}.</source>
            <translation>請匯出為 .csv、.xlsx 或 .pdf 檔案，而不是 {name}。</translation>
        </message>
        <message>
            <source>No operator called {name} in this event.</source>
            <translation>此活動中沒有名為 {name} 的操作人員。</translation>
        </message>
        <message>
            <source>Too many wrong PINs for {name}. Try again in {seconds} s.</source>
            <translation>{name} 的 PIN 錯誤次數過多，請 {seconds} 秒後再試。</translation>
        </message>
        <message>
            <source>{name} has no PIN on this laptop yet. A coordinator sets it here (Operators, or carekit operator set-pin), or apply a new setup file that carries it.</source>
            <translation>{name} 在這台筆電上還沒有 PIN。請協調員在這裡設定（操作員，或 carekit operator set-pin），或匯入帶有該 PIN 的新設定檔。</translation>
        </message>
        <message>
            <source>{name} needs a PIN to sign in.</source>
            <translation>{name} 需要輸入 PIN 才能登入。</translation>
        </message>
        <message>
            <source>Wrong PIN. Too many wrong PINs for {name}: try again in {seconds} s.</source>
            <translation>PIN 錯誤。{name} 的 PIN 錯誤次數過多，請 {seconds} 秒後再試。</translation>
        </message>
        <message>
            <source>Wrong PIN for {name}.</source>
            <translation>{name} 的 PIN 錯誤。</translation>
        </message>
        <message>
            <source>{name} must choose a new PIN of at least {low} digits before signing in.</source>
            <translation>{name} 須先設定至少 {low} 位數字的新 PIN 才能登入。</translation>
        </message>
        <message>
            <source>'{role}' is not a role; use desk, medic, trainer or coordinator.</source>
            <translation>「{role}」不是有效角色，請使用 desk（報到櫃檯志工）、medic（醫護人員）、trainer（講師）或 coordinator（協調員）。</translation>
        </message>
        <message>
            <source>Give the operator at least one role.</source>
            <translation>請為操作人員至少指定一個角色。</translation>
        </message>
        <message>
            <source>The operator needs a name.</source>
            <translation>操作人員需要姓名。</translation>
        </message>
        <message>
            <source>There is already an operator called {name}.</source>
            <translation>已有名為 {name} 的操作人員。</translation>
        </message>
        <message>
            <source>You cannot retire yourself; ask another coordinator.</source>
            <translation>不能停用自己；請另一位協調員操作。</translation>
        </message>
        <message>
            <source>{name} is the event's only coordinator; name another one first.</source>
            <translation>{name} 是活動唯一的協調員；請先指定另一位。</translation>
        </message>
        <message>
            <source>No such person.</source>
            <translation>查無此人。</translation>
        </message>
        <message>
            <source>The name is missing.</source>
            <translation>缺少姓名。</translation>
        </message>
        <message>
            <source>No person with the id, badge serial or badge code '{ref}'.</source>
            <translation>沒有 id、識別證編號或識別證碼為「{ref}」的人。</translation>
        </message>
        <message>
            <source>withheld: health records are shown only to medics and coordinators</source>
            <translation>不予顯示：健康紀錄只對醫護人員和協調員顯示</translation>
        </message>
        <message>
            <source>sealed: unlock the health data on this laptop to include health values and referrals in the clear</source>
            <translation>已加密：請先在本機解鎖健康資料，才能以明文包含健康數值與轉介</translation>
        </message>
        <message>
            <source>Say why the person is erased (for example: 'asked at the desk'); nothing was erased.</source>
            <translation>請說明刪除的原因（例如：「本人在報到櫃檯提出」）；未刪除任何內容。</translation>
        </message>
        <message>
            <source>The reason is longer than {limit} characters; nothing was erased.</source>
            <translation>原因超過 {limit} 個字元；未刪除任何內容。</translation>
        </message>
        <message>
            <source>This person was already erased.</source>
            <translation>此人的資料已被刪除。</translation>
        </message>
        <message>
            <source>'{value}' is not a referral destination.</source>
            <translation>「{value}」不是有效的轉介轉介去處。</translation>
        </message>
        <message>
            <source>No such referral.</source>
            <translation>沒有此轉介。</translation>
        </message>
        <message>
            <source>A referral that is {old} cannot become {new}.</source>
            <translation>狀態為「{old}」的轉介不能改為「{new}」。</translation>
        </message>
        <message>
            <source>line {line}: the row has {cells} cells but the header has {columns}; is a separator or quote missing?</source>
            <translation>第 {line} 列：該列有 {cells} 個儲存格，但標題列有 {columns} 欄；是否缺少分隔符號或引號？</translation>
        </message>
        <message>
            <source>line {line}: the {field} is {length} characters long; at most {limit} fit.</source>
            <translation>第 {line} 列：{field}長 {length} 個字元；最多 {limit} 個。</translation>
        </message>
        <message>
            <source>line {line}: the {field} holds a control character ({code}); it was not imported.</source>
            <translation>第 {line} 列：{field}含有控制字元（{code}），未匯入。</translation>
        </message>
        <message>
            <source>line {line}: the name is missing.</source>
            <translation>第 {line} 列：缺少姓名。</translation>
        </message>
        <message>
            <source>line {line}: the name '{name}' is a date, not a name; is the name column right?</source>
            <translation>第 {line} 列：姓名「{name}」是一個日期，不是姓名；姓名欄選對了嗎？</translation>
        </message>
        <message>
            <source>line {line}: phone '{phone}' lost its digits to Excel's scientific notation; format the column as text and export again.</source>
            <translation>第 {line} 列：手機號碼「{phone}」因 Excel 科學計數法丟失了數字；請將該欄設為文字格式後重新匯出。</translation>
        </message>
        <message>
            <source>line {line}: phone '{phone}' is not a valid number</source>
            <translation>第 {line} 列：手機號碼「{phone}」不是有效號碼</translation>
        </message>
        <message>
            <source>line {line}: phone '{phone}' is not a valid number for region {region}</source>
            <translation>第 {line} 列：手機號碼「{phone}」不是 {region} 地區的有效號碼</translation>
        </message>
        <message>
            <source>line {line}: staff id '{staff}' lost its digits to Excel's scientific notation.</source>
            <translation>第 {line} 列：員工編號「{staff}」因 Excel 科學計數法丟失了數字。</translation>
        </message>
        <message>
            <source>line {line}: category '{category}' is not one of worker, family, guest, staff.</source>
            <translation>第 {line} 列：類別「{category}」不是 worker（員工）、family（家屬）、guest（來賓）、staff（工作人員）之一。</translation>
        </message>
        <message>
            <source>The event has no site in '{city}'; its sites are: {sites}.</source>
            <translation>此活動在「{city}」沒有場地；現有場地：{sites}。</translation>
        </message>
        <message>
            <source>line {line}: phone {phone} has a mobile's length for {region} but is in no known number range; imported as it is, please check it.</source>
            <translation>第 {line} 列：手機號碼 {phone} 符合 {region} 手機號碼長度，但不在已知號段內；已按原樣匯入，請確認。</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <translation>匯入已取消，未寫入任何內容。</translation>
        </message>
        <message>
            <source>{file} starts as UTF-16 text but cannot be read as it; save it again as CSV UTF-8 or as XLSX.</source>
            <translation>{file} 開頭是 UTF-16 文字，但無法依此讀取；請重新另存為 CSV UTF-8 或 XLSX。</translation>
        </message>
        <message>
            <source>{file} is neither UTF-8 nor GBK nor Big5 text; save it again as CSV UTF-8 or as XLSX.</source>
            <translation>{file} 既不是 UTF-8，也不是 GBK 或 Big5 文字；請重新另存為 CSV UTF-8 或 XLSX。</translation>
        </message>
        <message>
            <source>line {line}: this line is not {encoding} like the rest of the file (was it pasted from another file?); it was not imported. Type it again or save the whole file as CSV UTF-8.</source>
            <translation>第 {line} 列：這一列不像檔案其餘部分那樣是 {encoding}（是否從其他檔案貼上？）；未匯入。請重新輸入，或將整個檔案另存為 CSV UTF-8。</translation>
        </message>
        <message>
            <source>line {line}: the line holds a NUL byte (binary data); it was not imported.</source>
            <translation>第 {line} 列：這一列含有 NUL 位元組（二進位資料），未匯入。</translation>
        </message>
        <message>
            <source>line {line}: the line is {length} characters long, more than a roster line can be ({limit}); it was not imported.</source>
            <translation>第 {line} 列：這一列長 {length} 個字元，超過名冊一列的上限（{limit}）；未匯入。</translation>
        </message>
        <message>
            <source>line {line}: the file cannot be read as CSV ({detail}).</source>
            <translation>第 {line} 列：無法按 CSV 讀取該檔案（{detail}）。</translation>
        </message>
        <message>
            <source>{file} cannot be opened as an Excel workbook ({detail}).</source>
            <translation>無法將 {file} 作為 Excel 工作簿開啟（{detail}）。</translation>
        </message>
        <message>
            <source>line {line}: the row holds binary data or is {length} characters long (at most {limit}); it was not imported.</source>
            <translation>第 {line} 列：這一列含有二進位資料或長 {length} 個字元（最多 {limit}）；未匯入。</translation>
        </message>
        <message>
            <source>{file} is an old Excel 97 file; save it as XLSX or CSV UTF-8 first.</source>
            <translation>{file} 是舊版 Excel 97 檔案；請先另存為 XLSX 或 CSV UTF-8。</translation>
        </message>
        <message>
            <source>{file} is not a text file; save the roster as CSV or XLSX.</source>
            <translation>{file} 不是文字檔案；請將名冊另存為 CSV 或 XLSX。</translation>
        </message>
        <message>
            <source>{file} cannot be read: {detail}</source>
            <translation>無法讀取 {file}：{detail}</translation>
        </message>
        <message>
            <source>{file} is empty: the first line should name the columns.</source>
            <translation>{file} 是空的：第一列應為各欄的名稱。</translation>
        </message>
        <message>
            <source>'{field}' is not a roster field; use one of {fields}.</source>
            <translation>「{field}」不是名冊欄位，請使用以下之一：{fields}。</translation>
        </message>
        <message>
            <source>The file has no column {column}.</source>
            <translation>檔案中沒有第 {column} 欄。</translation>
        </message>
        <message>
            <source>{file}: no column holds the names. The first line should name the columns (for example 姓名, Name, Nombre or Nome); found: {headers}.</source>
            <translation>{file}：沒有欄位包含姓名。第一列應為各欄的名稱（例如 姓名、Name、Nombre 或 Nome）；實際找到：{headers}。</translation>
        </message>
        <message>
            <source>The file has no column '{column}'; its columns are: {headers}.</source>
            <translation>檔案中沒有「{column}」欄；現有欄位：{headers}。</translation>
        </message>
        <message>
            <source>{label} is missing.</source>
            <translation>缺少{label}。</translation>
        </message>
        <message>
            <source>{label}: '{text}' is not a number.</source>
            <translation>{label}：「{text}」不是數字。</translation>
        </message>
        <message>
            <source>{label}: {text} is outside the plausible range {low}–{high} {unit}.</source>
            <translation>{label}：{text} 超出合理範圍 {low}–{high} {unit}。</translation>
        </message>
        <message>
            <source>{label}: '{text}' is not a Snellen fraction such as 6/6 or 20/40.</source>
            <translation>{label}：「{text}」不是 Snellen 分數視力值（如 6/6 或 20/40）。</translation>
        </message>
        <message>
            <source>{label}: '{text}' is not one of the choices.</source>
            <translation>{label}：「{text}」不是可選項之一。</translation>
        </message>
        <message>
            <source>{label}: give both systolic and diastolic.</source>
            <translation>{label}：請同時填寫收縮壓和舒張壓。</translation>
        </message>
        <message>
            <source>The idle lock is 1 to 240 minutes.</source>
            <translation>閒置鎖定時間應為 1 到 240 分鐘。</translation>
        </message>
        <message>
            <source>'{value}' is not a BMI standard; use who or china.</source>
            <translation>「{value}」不是 BMI 標準，請使用 who（WHO 標準）或 china（中國標準）。</translation>
        </message>
        <message>
            <source>This is not a valid badge of this event.</source>
            <translation>這不是本活動的有效識別證。</translation>
        </message>
        <message>
            <source>This badge is valid but its person has not reached this laptop yet. Sync first.</source>
            <translation>此識別證有效，但本機尚無此人的資料。請先同步。</translation>
        </message>
        <message>
            <source>'{station}' is not a station.</source>
            <translation>「{station}」不是檢查站。</translation>
        </message>
        <message>
            <source>{name} has not given health consent: nothing was saved.</source>
            <translation>{name} 尚未同意健康篩檢，未儲存任何內容。</translation>
        </message>
        <message>
            <source>The record to correct is not this person's {station} record.</source>
            <translation>要更正的紀錄不是此人的{station}紀錄。</translation>
        </message>
        <message>
            <source>No such screening record.</source>
            <translation>沒有此篩檢紀錄。</translation>
        </message>
        <message>
            <source>Use a passphrase of at least {n} characters.</source>
            <translation>密碼至少需要 {n} 個字元。</translation>
        </message>
        <message>
            <source>Capabilities are desk, station, training and coordinator.</source>
            <translation>權限可選：desk（報到台）、station（健檢站）、training（培訓）、coordinator（協調員）。</translation>
        </message>
        <message>
            <source>Only a laptop with the coordinator capability hands out setup files.</source>
            <translation>只有具備協調員權限的電腦才能發放活動設定檔。</translation>
        </message>
        <message>
            <source>{file} already holds an event; join from a new file.</source>
            <translation>{file} 中已有活動；請使用新檔案加入。</translation>
        </message>
        <message>
            <source>{file} was made by an older CareKit and grants this laptop nothing; ask the coordinator for a new setup file.</source>
            <translation>{file} 由舊版 CareKit 製作，無法授予本電腦任何權限；請向協調員索取新的設定檔。</translation>
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation>匯出已取消。</translation>
        </message>
        <message>
            <source>{file} carries only changes made after what this laptop lacks: from {laptop} it assumes everything up to {needed}, and this laptop has {held}. Import a full bundle (or the earlier ones) from that laptop first; nothing was imported.</source>
            <translation>{file} 只含有本機所缺內容之後的變更：它假定本機已有 {laptop} 截至 {needed} 的全部資料，而本機只有 {held}。請先匯入該電腦的完整同步包（或更早的同步包）；未匯入任何內容。</translation>
        </message>
        <message>
            <source>{file} is encrypted with event keys this laptop does not have: a coordinator rotated them. Apply the new setup file here (carekit event rekey --setup FILE); nothing was imported.</source>
            <translation>{file} 使用了這台筆電沒有的活動金鑰加密：協調員已更換金鑰。請在這裡套用新的設定檔（carekit event rekey --setup FILE）；未匯入任何內容。</translation>
        </message>
        <message>
            <source>The event file stayed busy with another import or a long write for {minutes} minutes; {file} was not imported. Try again when that has finished.</source>
            <translation>活動檔案被另一次匯入或一次長時間寫入占用了 {minutes} 分鐘；{file} 未匯入。請等其完成後再試一次。</translation>
        </message>
        <message>
            <source>{file} comes from {laptop}, which this laptop does not know yet, under the event keys from before they were rotated. Apply the new setup file on {laptop} first; nothing was imported.</source>
            <translation>{file} 來自 {laptop}，這台筆電還不認識它，且使用的是更換前的活動金鑰。請先在 {laptop} 上套用新的設定檔；未匯入任何內容。</translation>
        </message>
        <message>
            <source>Only a laptop with the coordinator capability rotates the event's keys.</source>
            <translation>只有具備協調員能力的筆電才能更換活動金鑰。</translation>
        </message>
        <message>
            <source>{file} belongs to another event ({other}); nothing was imported.</source>
            <translation>{file} 屬於其他活動（{other}），未匯入任何內容。</translation>
        </message>
        <message>
            <source>{file} was not made from this event's coordinator laptops (another root key); nothing was imported.</source>
            <translation>{file} 不是由本活動的協調員筆電製作的（根金鑰不同）；未匯入任何內容。</translation>
        </message>
        <message>
            <source>The merge could not start its own process ({error}); nothing was imported.</source>
            <translation>合併無法啟動它自己的處理程序（{error}），未匯入任何內容。</translation>
        </message>
        <message>
            <source>{file} could not be merged: {error}. Nothing of it was imported.</source>
            <translation>{file} 無法合併：{error}。其內容均未匯入。</translation>
        </message>
        <message>
            <source>The import of {file} was cancelled; nothing was imported.</source>
            <translation>{file} 的匯入已取消，未匯入任何內容。</translation>
        </message>
        <message>
            <source>The merge of {file} stopped before it finished: its process ended unexpectedly (exit code {code}). Nothing of {file} was imported; import it again.</source>
            <translation>{file} 的合併未完成就停止了：它的處理程序意外結束（結束代碼 {code}）。{file} 的內容均未匯入，請再匯入一次。</translation>
        </message>
        <message>
            <source>Write the person's name.</source>
            <translation>請填寫姓名。</translation>
        </message>
        <message>
            <source>Read the registration notice to the person and tick their consent first.</source>
            <translation>請先向本人宣讀登記告知事項，並勾選其同意。</translation>
        </message>
        <message>
            <source>name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>手機號碼</translation>
        </message>
        <message>
            <source>staff id</source>
            <translation>員工編號</translation>
        </message>
        <message>
            <source>employer</source>
            <translation>任職單位</translation>
        </message>
        <message>
            <source>job</source>
            <translation>職務</translation>
        </message>
        <message>
            <source>city</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>The {field} is {length} characters long; at most {limit} fit.</source>
            <translation>{field}長 {length} 個字元；最多 {limit} 個。</translation>
        </message>
        <message>
            <source>The {field} holds a control character ({code}); remove it and save again.</source>
            <translation>{field}含有控制字元（{code}），請刪除後再儲存。</translation>
        </message>
        <message>
            <source>Phone '{phone}' is not a valid number.</source>
            <translation>手機號碼「{phone}」不是有效號碼。</translation>
        </message>
        <message>
            <source>Choose a category.</source>
            <translation>請選擇類別。</translation>
        </message>
        <message>
            <source>Choose a job.</source>
            <translation>請選擇職務。</translation>
        </message>
        <message>
            <source>'{field}' cannot be edited here.</source>
            <translation>這裡不能修改「{field}」。</translation>
        </message>
        <message>
            <source>{name} was merged into another record; edit that one.</source>
            <translation>{name} 已合併到另一筆紀錄；請修改那一筆。</translation>
        </message>
        <message>
            <source>Say why the check-in is annulled.</source>
            <translation>請說明作廢這次報到的原因。</translation>
        </message>
        <message>
            <source>No such check-in.</source>
            <translation>沒有這次報到。</translation>
        </message>
        <message>
            <source>This check-in was annulled already.</source>
            <translation>這次報到已經作廢。</translation>
        </message>
        <message>
            <source>No worker '{worker}' is registered.</source>
            <translation>沒有登記為「{worker}」的員工。</translation>
        </message>
        <message>
            <source>{name} is not a worker ({category}); a traveller visits a registered worker.</source>
            <translation>{name} 不是員工（{category}）；出行家屬須對應一位已登記的員工。</translation>
        </message>
        <message>
            <source>'{person}' is not a traveller of this event.</source>
            <translation>「{person}」不是本次活動的出行家屬。</translation>
        </message>
        <message>
            <source>Write the traveller's name.</source>
            <translation>請填寫出行人的姓名。</translation>
        </message>
        <message>
            <source>'{value}' is not a relationship; use one of {choices}.</source>
            <translation>「{value}」不是有效的關係；請使用：{choices}。</translation>
        </message>
        <message>
            <source>'{value}' is not an age band; use one of {choices}.</source>
            <translation>「{value}」不是有效的年齡層；請使用：{choices}。</translation>
        </message>
        <message>
            <source>'{value}' is not a need; use {choices}.</source>
            <translation>「{value}」不是有效的特殊需求；請使用：{choices}。</translation>
        </message>
        <message>
            <source>Phone '{phone}' is not a valid number for region {region}.</source>
            <translation>手機號碼「{phone}」不是 {region} 地區的有效號碼。</translation>
        </message>
        <message>
            <source>{name} cannot travel without an adult: add an adult of {worker}'s family first.</source>
            <translation>{name} 不能在沒有成年人陪同下出行：請先新增 {worker} 家中的一位成年人。</translation>
        </message>
        <message>
            <source>'{value}' is not a traveller status; use one of {choices}.</source>
            <translation>「{value}」不是有效的出行狀態；請使用：{choices}。</translation>
        </message>
        <message>
            <source>{operator} may only mark travellers arrived; other changes need a coordinator.</source>
            <translation>{operator} 只能將出行人標記為已抵達；其他變更需要協調員。</translation>
        </message>
        <message>
            <source>{person} is already {current}; a status does not go back to {status}.</source>
            <translation>{person} 已是「{current}」；狀態不能退回到「{status}」。</translation>
        </message>
        <message>
            <source>{operator} may not do this: it needs the role {roles}.</source>
            <translation>{operator} 無權執行此操作：需要角色 {roles}。</translation>
        </message>
        <message>
            <source>This person's data was erased at their request; it cannot be edited.</source>
            <translation>此人的資料已應本人要求刪除，不能再編輯。</translation>
        </message>
        <message>
            <source>{file} does not exist.</source>
            <translation>{file} 不存在。</translation>
        </message>
        <message>
            <source>{file} is not a complete CareKit bundle (truncated or damaged); nothing was imported. Copy it again from the laptop that made it.</source>
            <translation>{file} 不是完整的 CareKit 同步包（已截斷或損壞），未匯入任何內容。請從產生它的電腦重新複製。</translation>
        </message>
        <message>
            <source>{file} has an unreadable manifest; nothing was imported.</source>
            <translation>{file} 的清單無法讀取，未匯入任何內容。</translation>
        </message>
        <message>
            <source>{file} was made by a newer CareKit (bundle format {format}, this app reads {known}). Update CareKit on this laptop; nothing was imported.</source>
            <translation>{file} 由更新版本的 CareKit 產生（同步包格式 {format}，本程式可讀取 {known}）。請更新本機的 CareKit；未匯入任何內容。</translation>
        </message>
        <message>
            <source>{file} was signed by a laptop the event does not know; nothing was imported.</source>
            <translation>{file} 由本活動未登記的電腦簽名，未匯入任何內容。</translation>
        </message>
        <message>
            <source>{file} claims to come from {device}, but with another key than that laptop's; nothing was imported.</source>
            <translation>{file} 聲稱來自 {device}，但所用金鑰與該電腦的不符，未匯入任何內容。</translation>
        </message>
        <message>
            <source>{file} was changed after it was made (its signature does not match); nothing was imported.</source>
            <translation>{file} 在產生後被修改過（簽名不符），未匯入任何內容。</translation>
        </message>
        <message>
            <source>{file} holds {member}, which a CareKit bundle never holds (or holds twice); nothing was imported.</source>
            <translation>{file} 含有 {member}，這不是 CareKit 同步包應有的內容（或重複出現）；未匯入任何內容。</translation>
        </message>
        <message>
            <source>{file} is larger than a CareKit bundle may be ({member} unpacks to {size} MB); nothing was imported.</source>
            <translation>{file} 超出 CareKit 同步包允許的大小（{member} 解壓後為 {size} MB）；未匯入任何內容。</translation>
        </message>
        <message>
            <source>{file} unpacks to more than a CareKit bundle may hold ({size} MB at least); nothing was imported.</source>
            <translation>{file} 解壓後超出 CareKit 同步包允許的大小（至少 {size} MB）；未匯入任何內容。</translation>
        </message>
        <message>
            <source>{file} could not be decrypted and checked with this event's key; nothing was imported.</source>
            <translation>無法用本活動的金鑰解密並驗證 {file}，未匯入任何內容。</translation>
        </message>
        <message>
            <source>The bundle holds data this CareKit does not know ({what}); update CareKit on this laptop. Nothing was imported.</source>
            <translation>同步包中含有此版本 CareKit 無法識別的資料（{what}）；請更新本機的 CareKit。未匯入任何內容。</translation>
        </message>
        <message>
            <source>{file} holds changes made by {laptop}, which a coordinator has removed from the event; nothing was imported.</source>
            <translation>{file} 含有 {laptop} 所做的修改，而協調員已將該電腦移出活動；未匯入任何內容。</translation>
        </message>
        <message>
            <source>{file} holds a change to {change} said to come from {laptop}, without that laptop's valid signature; nothing was imported.</source>
            <translation>{file} 含有對 {change} 的修改，聲稱來自 {laptop}，但沒有該電腦的有效簽章；未匯入任何內容。</translation>
        </message>
        <message>
            <source>{file} was refused: {laptop} changed {change}, which its capabilities ({capabilities}) do not allow; nothing was imported.</source>
            <translation>{file} 被拒絕：{laptop} 修改了 {change}，但其權限（{capabilities}）不允許；未匯入任何內容。</translation>
        </message>
        <message>
            <source>{file} was refused: on {laptop}, {change} was changed by an operator who did not hold a role allowed to change it at that time; nothing was imported.</source>
            <translation>{file} 被拒絕：在 {laptop} 上，{change} 由當時沒有相應角色的操作員修改；未匯入任何內容。</translation>
        </message>
        <message>
            <source>{file} was made by {laptop}, which holds no capabilities granted by this event's coordinator; nothing was imported.</source>
            <translation>{file} 由 {laptop} 製作，該電腦沒有本活動協調員授予的權限；未匯入任何內容。</translation>
        </message>
        <message>
            <source>The bundle holds a revision that cannot be read.</source>
            <translation>同步包中有無法讀取的修改紀錄。</translation>
        </message>
        <message>
            <source>{file} was refused: it holds an assessment (person {person}, written score {score}) from {laptop} that does not match the trainer's signature, so it was changed after it was recorded; nothing was imported.</source>
            <translation>{file} 被拒絕:其中來自 {laptop} 的一筆考核紀錄(人員 {person},筆試 {score} 分)與培訓師的簽章不符,表示紀錄後遭到修改;未匯入任何內容。</translation>
        </message>
        <message>
            <source>{file} is not a CareKit event-setup file (or it is damaged).</source>
            <translation>{file} 不是 CareKit 活動設定檔案（或已損壞）。</translation>
        </message>
        <message>
            <source>A backup passphrase has at least {count} characters.</source>
            <translation>備份口令至少需要 {count} 個字元。</translation>
        </message>
        <message>
            <source>{file} is not a CareKit root key backup (or it is damaged).</source>
            <translation>{file} 不是 CareKit 根金鑰備份（或已損壞）。</translation>
        </message>
        <message>
            <source>{file} was made by a newer CareKit; update CareKit on this laptop.</source>
            <translation>{file} 由更新版本的 CareKit 產生；請更新本機的 CareKit。</translation>
        </message>
        <message>
            <source>The passphrase does not open {file} (or the file was changed).</source>
            <translation>此密碼無法開啟 {file}（或檔案已被修改）。</translation>
        </message>
        <message>
            <source>Arrivals are scanned at the pick-up point or the hotel, not at '{point}'.</source>
            <translation>抵達掃描只能在接送點或飯店進行，不能在「{point}」。</translation>
        </message>
        <message>
            <source>{name} is not an expected traveller (no journey to the event). Nothing was recorded.</source>
            <translation>{name} 不是預計抵達的出行人（沒有前往活動的行程）。未記錄任何內容。</translation>
        </message>
        <message>
            <source>No vehicle '{vehicle}'.</source>
            <translation>沒有車輛「{vehicle}」。</translation>
        </message>
        <message>
            <source>Worker '{worker}' has no travelling family.</source>
            <translation>員工「{worker}」沒有出行的家屬。</translation>
        </message>
        <message>
            <source>A pick-up window is 5 to 1440 minutes, not {minutes}.</source>
            <translation>接送時間窗為 5 到 1440 分鐘，不能是 {minutes}。</translation>
        </message>
        <message>
            <source>A vehicle seats 1 to 80 travellers, not {capacity}.</source>
            <translation>每輛車可坐 1 到 80 人，不能是 {capacity}。</translation>
        </message>
        <message>
            <source>{vehicle} has {seated} travellers; it cannot seat only {capacity}.</source>
            <translation>{vehicle} 已安排 {seated} 人，座位數不能只有 {capacity}。</translation>
        </message>
        <message>
            <source>{vehicle} is full ({capacity} seats).</source>
            <translation>{vehicle} 已滿（{capacity} 座）。</translation>
        </message>
        <message>
            <source>Give both the hotel and the room.</source>
            <translation>請同時填寫飯店和房間。</translation>
        </message>
        <message>
            <source>'{value}' is not a room type; use one of {choices}.</source>
            <translation>「{value}」不是有效的房型；請使用：{choices}。</translation>
        </message>
        <message>
            <source>A stay is 1 to 60 nights, not {nights}.</source>
            <translation>住宿天數為 1 到 60 晚，不能是 {nights}。</translation>
        </message>
        <message>
            <source>Room {room} at {hotel} is a {type} room for {capacity}; it already holds {count}.</source>
            <translation>{hotel} 的 {room} 房是 {type} 房，可住 {capacity} 人；已住 {count} 人。</translation>
        </message>
        <message>
            <source>{what}: '{value}' is not a time; write it as 2026-12-04 16:30 Asia/Shanghai.</source>
            <translation>{what}：「{value}」不是有效的時間；請寫成 2026-12-04 16:30 Asia/Taipei。</translation>
        </message>
        <message>
            <source>{what}: '{zone}' is not a time zone; use a name such as Asia/Shanghai.</source>
            <translation>{what}：「{zone}」不是有效的時區；請使用 Asia/Taipei 這樣的名稱。</translation>
        </message>
        <message>
            <source>{what}: the place is missing.</source>
            <translation>{what}：缺少地點。</translation>
        </message>
        <message>
            <source>{what}: '{place}' is not a known station or airport; check the spelling or use its code.</source>
            <translation>{what}：「{place}」不是已知的車站或機場；請檢查拼寫或使用其代碼。</translation>
        </message>
        <message>
            <source>{what}: {place} keeps {zone} time, not {given}.</source>
            <translation>{what}：{place} 使用 {zone} 時間，而不是 {given}。</translation>
        </message>
        <message>
            <source>'{value}' is not a way to travel; use one of {choices}.</source>
            <translation>「{value}」不是有效的交通方式；請使用：{choices}。</translation>
        </message>
        <message>
            <source>'{value}' is neither outbound nor return.</source>
            <translation>「{value}」既不是去程也不是回程。</translation>
        </message>
        <message>
            <source>A {mode} needs its number, such as G1234 or MU5101.</source>
            <translation>{mode} 需要填寫車次或航班號碼，例如 G1234 或 MU5101。</translation>
        </message>
        <message>
            <source>{number} arrives ({arrives}) before it departs ({departs}), once time zones are counted.</source>
            <translation>依時區換算後，{number} 的抵達時間（{arrives}）早於出發時間（{departs}）。</translation>
        </message>
        <message>
            <source>A leg needs at least one traveller.</source>
            <translation>每段行程至少需要一位出行人。</translation>
        </message>
        <message>
            <source>No travel leg '{leg}'.</source>
            <translation>沒有行程段「{leg}」。</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>第 {line} 列：{problem}</translation>
        </message>
        <message>
            <source>line {line}: no traveller '{value}'.</source>
            <translation>第 {line} 列：沒有出行人「{value}」。</translation>
        </message>
        <message>
            <source>line {line}: no single traveller named '{name}' in the family of worker '{worker}'.</source>
            <translation>第 {line} 列：員工「{worker}」的家屬中沒有唯一一位名叫「{name}」的出行人。</translation>
        </message>
        <message>
            <source>{file}: the columns {missing} are missing; found: {headers}.</source>
            <translation>{file}：缺少欄位 {missing}；檔案中的欄位為：{headers}。</translation>
        </message>
        <message>
            <source>Write the notice's text.</source>
            <translation>請填寫告知事項內容。</translation>
        </message>
        <message>
            <source>The notice is {length} characters long; at most {limit} fit.</source>
            <translation>告知事項長 {length} 個字元；最多 {limit} 個。</translation>
        </message>
        <message>
            <source>Give --session, or all of --person, --course-code, --course-name, --months and --trainer (missing: {missing}).</source>
            <translation>請給出 --session，或者給全 --person、--course-code、--course-name、--months 和 --trainer（缺少：{missing}）。</translation>
        </message>
        <message>
            <source>Say which session: --session ID.</source>
            <translation>請說明是哪一場培訓：--session 編號。</translation>
        </message>
        <message>
            <source>'{skill}' is not a skill of course {code} (its skills: {skills}). Nothing was recorded.</source>
            <translation>“{skill}”不是課程 {code} 的技能（該課程的技能：{skills}）。未記錄任何內容。</translation>
        </message>
        <message>
            <source>A written score is from 0 to 100 (got {score}). Nothing was recorded.</source>
            <translation>筆試成績應在 0 到 100 之間（收到 {score}）。未記錄任何內容。</translation>
        </message>
        <message>
            <source>'{skill}' is given as both passed and not passed. Nothing was recorded.</source>
            <translation>“{skill}”同時被記為通過和未通過。未記錄任何內容。</translation>
        </message>
        <message>
            <source>{person} is not enrolled in this session, so cannot be assessed.</source>
            <translation>{person} 未報名本場培訓，因此不能考核。</translation>
        </message>
        <message>
            <source>The assessment of {person} (attempt {attempt}, written score {score}) does not match the trainer's signature: it was changed after it was recorded, or never signed. Nothing was issued; the trainer records the assessment again.</source>
            <translation>{person} 的考核(第 {attempt} 次,筆試 {score} 分)與培訓師的簽章不符:紀錄後遭到修改,或從未簽章。未頒發證書;請培訓師重新輸入該考核。</translation>
        </message>
        <message>
            <source>This badge is genuine but its registration has not reached this laptop yet: sync, then scan again. Nothing was recorded.</source>
            <translation>此識別證是真的，但其登記記錄尚未同步到本機：請先同步，再掃一次。未記錄任何內容。</translation>
        </message>
        <message>
            <source>{name} has no scan in for this session: scan in first. Nothing was recorded.</source>
            <translation>{name} 在本場培訓沒有報到記錄：請先報到。未記錄任何內容。</translation>
        </message>
        <message>
            <source>{name} has no scan in before {time}: scan in first. Nothing was recorded.</source>
            <translation>{name} 在 {time} 之前沒有報到記錄：請先報到。未記錄任何內容。</translation>
        </message>
        <message>
            <source>{name} is enrolled in {course} at {time} (session {session}), not in this one. Nothing was recorded.</source>
            <translation>{name} 報名的是 {time} 的 {course}（場次 {session}），不是本場。未記錄任何內容。</translation>
        </message>
        <message>
            <source>{name} is on the waiting list of this session, not enrolled. Nothing was recorded.</source>
            <translation>{name} 在本場的候補名冊上，尚未正式報名。未記錄任何內容。</translation>
        </message>
        <message>
            <source>{name} is not enrolled in this session. Enrol them as a walk-in if there is room. Nothing was recorded.</source>
            <translation>{name} 未報名本場培訓。如有名額，可作為現場報名加入。未記錄任何內容。</translation>
        </message>
        <message>
            <source>{name} is not enrolled and the session is full ({capacity}). Nothing was recorded.</source>
            <translation>{name} 未報名，且本場已滿（{capacity} 人）。未記錄任何內容。</translation>
        </message>
        <message>
            <source>{time} is not during this session ({start} to {end}). Nothing was recorded.</source>
            <translation>{time} 不在本場培訓時間內（{start} 至 {end}）。未記錄任何內容。</translation>
        </message>
        <message>
            <source>Say why the attendance is corrected.</source>
            <translation>請說明更正考勤的原因。</translation>
        </message>
        <message>
            <source>Give the right time, or say the scan did not happen.</source>
            <translation>請給出正確的時間，或說明該次掃碼並未發生。</translation>
        </message>
        <message>
            <source>No attendance scan with id {id}.</source>
            <translation>沒有編號為 {id} 的考勤掃碼記錄。</translation>
        </message>
        <message>
            <source>{file} has no course or session column; add one, or give the session.</source>
            <translation>{file} 沒有課程或場次列；請加上一列，或指定場次。</translation>
        </message>
        <message>
            <source>{file} has no staff id, phone or person id column to find each person by.</source>
            <translation>{file} 沒有員工編號、手機號碼或人員編號列，無法找到對應的人。</translation>
        </message>
        <message>
            <source>line {line}: no training session {session}.</source>
            <translation>第 {line} 列：沒有培訓場次 {session}。</translation>
        </message>
        <message>
            <source>line {line}: nobody registered with staff id '{staff}' or phone '{phone}'. Nobody was enrolled.</source>
            <translation>第 {line} 列：沒有員工編號為“{staff}”或手機號碼為“{phone}”的登記人員。沒有任何人被報名。</translation>
        </message>
        <message>
            <source>line {line}: the course is empty. Nobody was enrolled.</source>
            <translation>第 {line} 列：課程為空。沒有任何人被報名。</translation>
        </message>
        <message>
            <source>line {line}: no course with code {code}. Nobody was enrolled.</source>
            <translation>第 {line} 列：沒有程式碼為 {code} 的課程。沒有任何人被報名。</translation>
        </message>
        <message>
            <source>line {line}: course {code} has {count} sessions; give the session id instead. Nobody was enrolled.</source>
            <translation>第 {line} 列：課程 {code} 有 {count} 個場次；請改填場次編號。沒有任何人被報名。</translation>
        </message>
        <message>
            <source>The window is a number of days from 0 up (got {days}).</source>
            <translation>時間範圍應為 0 或以上的天數（收到 {days}）。</translation>
        </message>
        <message>
            <source>A course needs a code and a name.</source>
            <translation>課程需要程式碼和名稱。</translation>
        </message>
        <message>
            <source>A course's code and name may not contain '|'.</source>
            <translation>課程程式碼和名稱不能包含“|”。</translation>
        </message>
        <message>
            <source>Course hours must be more than 0 and at most 200 (got {hours}).</source>
            <translation>課程學時須大於 0 且不超過 200（收到 {hours}）。</translation>
        </message>
        <message>
            <source>The pass mark is a score from 0 to 100 (got {mark}).</source>
            <translation>及格分應在 0 到 100 之間（收到 {mark}）。</translation>
        </message>
        <message>
            <source>Minimum attendance is a percentage from 0 to 100 (got {value}).</source>
            <translation>最低出勤率是 0 到 100 之間的百分比（收到 {value}）。</translation>
        </message>
        <message>
            <source>A course is either 'full' or 'renewal' (got '{kind}').</source>
            <translation>課程型別只能是“full”（完整課程）或“renewal”（複訓）（收到“{kind}”）。</translation>
        </message>
        <message>
            <source>A renewal course says how many months after expiry a certificate may still be renewed.</source>
            <translation>複訓課程須說明證書過期後多少個月內仍可複訓。</translation>
        </message>
        <message>
            <source>Each practical skill needs a name, and each is listed once.</source>
            <translation>每項實操技能都需要名稱，且每項只能列一次。</translation>
        </message>
        <message>
            <source>There is already a course {code}.</source>
            <translation>已有課程 {code}。</translation>
        </message>
        <message>
            <source>No course with code {code}.</source>
            <translation>沒有程式碼為 {code} 的課程。</translation>
        </message>
        <message>
            <source>{what}: '{value}' is not a time; write it as YYYY-MM-DD HH:MM.</source>
            <translation>{what}：“{value}”不是時間；請寫成 YYYY-MM-DD HH:MM。</translation>
        </message>
        <message>
            <source>{name} does not have the trainer role, so cannot lead a session.</source>
            <translation>{name} 沒有講師角色，不能主持培訓場次。</translation>
        </message>
        <message>
            <source>No site '{site}' in this event.</source>
            <translation>本活動沒有站點“{site}”。</translation>
        </message>
        <message>
            <source>A session's capacity is at least 1 (got {capacity}).</source>
            <translation>場次名額至少為 1（收到 {capacity}）。</translation>
        </message>
        <message>
            <source>The session ends ({end}) before it starts ({start}).</source>
            <translation>場次的結束時間（{end}）早於開始時間（{start}）。</translation>
        </message>
        <message>
            <source>No training session with id {id}.</source>
            <translation>沒有編號為 {id} 的培訓場次。</translation>
        </message>
        <message>
            <source>{operator} may not do this: only the session's trainer or a coordinator may.</source>
            <translation>{operator} 不能執行此操作：只有本場講師或協調員可以。</translation>
        </message>
        <message>
            <source>{person} is not enrolled in this session.</source>
            <translation>{person} 未報名本場培訓。</translation>
        </message>
        <message>
            <source>These two are already one person.</source>
            <translation>這兩人已經是同一個人。</translation>
        </message>
        <message>
            <source>No such merge.</source>
            <translation>沒有這次合併。</translation>
        </message>
        <message>
            <source>This merge was already undone (perhaps on another laptop).</source>
            <translation>這次合併已被撤銷（可能在另一台電腦上）。</translation>
        </message>
        <message>
            <source>The health passphrase needs at least {n} characters.</source>
            <translation>健康通行碼至少需要 {n} 個字元。</translation>
        </message>
        <message>
            <source>This event has no health passphrase yet: a coordinator sets one first (carekit health set-passphrase).</source>
            <translation>本活動尚未設定健康通行碼：請協調員先設定（carekit health set-passphrase）。</translation>
        </message>
        <message>
            <source>This event already has a health passphrase; change it instead.</source>
            <translation>本活動已有健康通行碼；如需更換，請修改通行碼。</translation>
        </message>
        <message>
            <source>That is not the health passphrase of this event.</source>
            <translation>這不是本活動的健康通行碼。</translation>
        </message>
        <message>
            <source>The event's health key is damaged; ask the coordinator to sync again.</source>
            <translation>本活動的健康金鑰已損壞；請協調員重新同步。</translation>
        </message>
        <message>
            <source>Unlock the health data on this laptop first: it needs the health passphrase.</source>
            <translation>請先在這台電腦上解鎖健康資料：需要健康通行碼。</translation>
        </message>
        <message>
            <source>A sealed value of {table} {row} does not open: it was changed or damaged.</source>
            <translation>{table} {row} 的加密值無法開啟：已被更動或損壞。</translation>
        </message>
        <message>
            <source>Certificate {serial} was issued before the key chain; issue it again to export it.</source>
            <translation>證書 {serial} 簽發於密鑰鏈啟用之前；請重新簽發後再匯出。</translation>
        </message>
        <message>
            <source>Certificate {serial} was signed on another laptop; export its credential there.</source>
            <translation>證書 {serial} 是在另一臺筆電上籤署的；請在那臺筆電上匯出其憑證。</translation>
        </message>
        <message>
            <source>{file} cannot be read as a credential JSON file.</source>
            <translation>{file} 無法作為憑證 JSON 檔案讀取。</translation>
        </message>
        <message>
            <source>Give the coordinator's PIN with --pin or $CAREKIT_PIN (6 digits or more).</source>
            <translation>請用 --pin 或 $CAREKIT_PIN 提供協調員的 PIN（至少 6 位數字）。</translation>
        </message>
        <message>
            <source>No laptop called {name} in this event.</source>
            <translation>本活動中沒有名為 {name} 的電腦。</translation>
        </message>
        <message>
            <source>Several laptops are called {name}; rename one first.</source>
            <translation>有多台電腦名為 {name}；請先為其中一台改名。</translation>
        </message>
        <message>
            <source>A laptop cannot remove itself; remove it from another coordinator laptop.</source>
            <translation>電腦不能移除自己；請在另一台協調員電腦上操作。</translation>
        </message>
        <message>
            <source>A merge is writing to the event file and this scan cannot be kept meanwhile: the file {file} beside it is damaged. Nothing was recorded; scan again when the merge has finished, and ask for support.</source>
            <translation>合併正在寫入活動檔案，而這次掃碼此時無法保留：活動檔案旁的 {file} 檔案已損壞。未記錄任何內容；請在合併結束後重新掃碼，並聯絡技術支援。</translation>
        </message>
    </context>
    <context>
        <name>EventFiles</name>
        <message>
            <source>Open event</source>
            <translation>開啟活動</translation>
        </message>
        <message>
            <source>CareKit events (*.carekit *.db);;All files (*)</source>
            <translation>CareKit 活動 (*.carekit *.db);;所有檔案 (*)</translation>
        </message>
    </context>
    <context>
        <name>ExportSetupDialog</name>
        <message>
            <source>Export the setup file</source>
            <translation>匯出設定檔</translation>
        </message>
        <message>
            <source>Other laptops join this event from this file. Give the file and the passphrase separately (the passphrase never on the same stick).</source>
            <translation>其他電腦用這個檔案加入本活動。檔案和密碼請分開交付（密碼絕不和檔案放在同一支隨身碟）。</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>儲存為</translation>
        </message>
        <message>
            <source>Passphrase (8+ characters)</source>
            <translation>密碼（至少 8 個字元）</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>再次輸入密碼</translation>
        </message>
        <message>
            <source>CareKit setup files (*.cksetup)</source>
            <translation>CareKit 設定檔 (*.cksetup)</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>兩次輸入的通行碼不一致。</translation>
        </message>
    </context>
    <context>
        <name>Family</name>
        <message>
            <source>♿ Wheelchair</source>
            <translation>♿ 輪椅</translation>
        </message>
        <message>
            <source>Elderly</source>
            <translation>長者</translation>
        </message>
        <message>
            <source>Infant</source>
            <translation>嬰兒</translation>
        </message>
        <message>
            <source>Pregnant</source>
            <translation>孕婦</translation>
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
            <translation>醫療</translation>
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
            <translation>兄弟姊妹</translation>
        </message>
        <message>
            <source>other relative</source>
            <translation>其他親屬</translation>
        </message>
        <message>
            <source>infant (under 2)</source>
            <translation>嬰兒（2 歲以下）</translation>
        </message>
        <message>
            <source>child (2-17)</source>
            <translation>兒童（2–17 歲）</translation>
        </message>
        <message>
            <source>adult</source>
            <translation>成人</translation>
        </message>
        <message>
            <source>elderly (65 and over)</source>
            <translation>長者（65 歲及以上）</translation>
        </message>
        <message>
            <source>flight</source>
            <translation>飛機</translation>
        </message>
        <message>
            <source>train</source>
            <translation>火車</translation>
        </message>
        <message>
            <source>coach</source>
            <translation>巴士</translation>
        </message>
        <message>
            <source>car</source>
            <translation>汽車</translation>
        </message>
        <message>
            <source>to the event</source>
            <translation>去程</translation>
        </message>
        <message>
            <source>home again</source>
            <translation>回程</translation>
        </message>
        <message>
            <source>single room (1)</source>
            <translation>單人房（1 人）</translation>
        </message>
        <message>
            <source>double room (2)</source>
            <translation>雙人房（2 人）</translation>
        </message>
        <message>
            <source>twin room (2)</source>
            <translation>雙床房（2 人）</translation>
        </message>
        <message>
            <source>triple room (3)</source>
            <translation>三人房（3 人）</translation>
        </message>
        <message>
            <source>family room (4)</source>
            <translation>家庭房（4 人）</translation>
        </message>
        <message>
            <source>invited</source>
            <translation>已邀請</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>已確認</translation>
        </message>
        <message>
            <source>ticketed</source>
            <translation>已開票</translation>
        </message>
        <message>
            <source>travelling</source>
            <translation>在途中</translation>
        </message>
        <message>
            <source>arrived</source>
            <translation>已抵達</translation>
        </message>
        <message>
            <source>departed</source>
            <translation>已離開</translation>
        </message>
        <message>
            <source>home</source>
            <translation>已到家</translation>
        </message>
        <message>
            <source>Meet at {place}; leaves at {leaves}</source>
            <translation>接送地點：{place}；發車時間：{leaves}</translation>
        </message>
        <message>
            <source>Driver: {driver} {phone}</source>
            <translation>司機：{driver} {phone}</translation>
        </message>
        <message>
            <source>♿ Wheelchair accessible vehicle</source>
            <translation>♿ 無障礙車輛（可載輪椅）</translation>
        </message>
        <message>
            <source>visiting {worker} · {phone}</source>
            <translation>探望 {worker} · {phone}</translation>
        </message>
        <message>
            <source>{number} arrives {time} at {place}</source>
            <translation>{number} {time} 抵達 {place}</translation>
        </message>
        <message>
            <source>Headcount: {count}</source>
            <translation>人數：{count}</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>第 {page} 頁，共 {pages} 頁</translation>
        </message>
        <message>
            <source>Driver manifests</source>
            <translation>司機接送名單</translation>
        </message>
        <message>
            <source>Hotel</source>
            <translation>飯店</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>房間</translation>
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
            <translation>晚數</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Romanised</source>
            <translation>羅馬拼音</translation>
        </message>
        <message>
            <source>Rooming list</source>
            <translation>分房名單</translation>
        </message>
        <message>
            <source>No room: {name}</source>
            <translation>未分房：{name}</translation>
        </message>
        <message>
            <source>Travellers by status</source>
            <translation>依狀態統計出行人</translation>
        </message>
        <message>
            <source>Meals for the caterer</source>
            <translation>餐飲需求</translation>
        </message>
        <message>
            <source>Regular</source>
            <translation>一般餐</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>特殊需求</translation>
        </message>
        <message>
            <source>Wheelchairs per vehicle</source>
            <translation>每輛車的輪椅數</translation>
        </message>
        <message>
            <source>Rooms used</source>
            <translation>已用房間</translation>
        </message>
        <message>
            <source>{rooms} rooms, {guests} guests in {beds} beds</source>
            <translation>{rooms} 間房，{beds} 個床位住 {guests} 人</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Family visit: the day's summary</source>
            <translation>家屬探親：當日摘要</translation>
        </message>
    </context>
    <context>
        <name>FamilyPage</name>
        <message>
            <source>Family visits</source>
            <translation>家屬探親</translation>
        </message>
        <message>
            <source>Arrivals board (full screen)</source>
            <translation>抵達看板（全螢幕）</translation>
        </message>
        <message>
            <source>Travellers</source>
            <translation>人數</translation>
        </message>
        <message>
            <source>Vehicles</source>
            <translation>車輛</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>設定狀態</translation>
        </message>
        <message>
            <source>&amp;Add a traveller…</source>
            <translation>新增旅客(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>編輯(&amp;E)…</translation>
        </message>
        <message>
            <source>Travel &amp;legs…</source>
            <translation>行程(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Room…</source>
            <translation>房間(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Import the travel agent's file…</source>
            <translation>匯入旅行社檔案(&amp;I)…</translation>
        </message>
        <message>
            <source>Enter or double-click edits the traveller</source>
            <translation>按 Enter 或按兩下編輯旅客</translation>
        </message>
        <message>
            <source>Family of</source>
            <translation>所屬員工</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>關係</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>特殊需求</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>身分證件</translation>
        </message>
        <message>
            <source>{expected} expected · {arrived} arrived · {missing} missing</source>
            <translation>預計 {expected} 人 · 已到 {arrived} 人 · 未接到 {missing} 人</translation>
        </message>
        <message>
            <source>Only coordinators change the family-visit plan.</source>
            <translation>只有協調員可以修改家屬探親安排。</translation>
        </message>
        <message>
            <source>locked — unlock with the health passphrase</source>
            <translation>已鎖定——輸入健康資料通關密語解鎖</translation>
        </message>
        <message>
            <source>Select a traveller first.</source>
            <translation>請先選取一位出行人。</translation>
        </message>
    </context>
    <context>
        <name>GuideBrowser</name>
        <message>
            <source>The user guide is not included in this copy of CareKit.</source>
            <translation>此 CareKit 副本未附使用者指南。</translation>
        </message>
        <message>
            <source>This page is not part of the user guide shipped with CareKit. Press Alt+Left to go back.</source>
            <translation>此頁面不屬於 CareKit 隨附的使用者指南。按 Alt+Left 返回。</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>CareKit user guide</source>
            <translation>CareKit 使用者指南</translation>
        </message>
    </context>
    <context>
        <name>ImportRosterDialog</name>
        <message>
            <source>Import roster</source>
            <translation>匯入名冊</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>選擇檔案…</translation>
        </message>
        <message>
            <source>A CSV (UTF-8 or GBK) or XLSX file exported by HR</source>
            <translation>由人事部門匯出的 CSV（UTF-8 或 GBK）或 XLSX 檔案</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>各欄對應的內容</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>（檔案中沒有）</translation>
        </message>
        <message>
            <source>Registered at site</source>
            <translation>登記場地</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>匯入</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>Choose a roster</source>
            <translation>選擇名冊</translation>
        </message>
        <message>
            <source>Rosters (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
            <translation>名冊 (*.csv *.txt *.tsv *.xlsx);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>正在讀取…</translation>
        </message>
        <message>
            <source>column {0}</source>
            <translation>第 {0} 欄</translation>
        </message>
        <message>
            <source>No column is recognised as the name: choose it above.</source>
            <translation>未識別出姓名欄：請在上方選擇。</translation>
        </message>
        <message>
            <source>Excel workbook, first sheet: {0} rows</source>
            <translation>Excel 工作簿，第一個工作表：{0} 列</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>逗號</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>分號</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>定位字元</translation>
        </message>
        <message>
            <source>{0} text, separated by {1}: {2} rows</source>
            <translation>{0} 文字，以{1}分隔：{2} 列</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>Imported {0} people ({1} flagged as possible duplicates), {2} unchanged, {3} rejected.</source>
            <translation>已匯入 {0} 人（其中 {1} 人標記為可能重複），{2} 人未變，{3} 列被拒絕。</translation>
        </message>
        <message>
            <source>Imported, but worth checking:</source>
            <translation>已匯入，但需要確認：</translation>
        </message>
        <message>
            <source>No line was rejected.</source>
            <translation>沒有被拒絕的列。</translation>
        </message>
    </context>
    <context>
        <name>JoinEventDialog</name>
        <message>
            <source>Join an event</source>
            <translation>加入活動</translation>
        </message>
        <message>
            <source>Choose the setup file the coordinator exported and type its passphrase.</source>
            <translation>選擇協調員匯出的設定檔，並輸入其密碼。</translation>
        </message>
        <message>
            <source>for example: desk 3</source>
            <translation>例如：3號櫃檯</translation>
        </message>
        <message>
            <source>Setup file</source>
            <translation>設定檔</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>密碼</translation>
        </message>
        <message>
            <source>This laptop's desk name</source>
            <translation>本機櫃檯名稱</translation>
        </message>
        <message>
            <source>Save the event as</source>
            <translation>活動儲存為</translation>
        </message>
        <message>
            <source>Choose the setup file first.</source>
            <translation>請先選擇設定檔。</translation>
        </message>
        <message>
            <source>{file} exists already; choose another name.</source>
            <translation>{file} 已存在，請換一個名稱。</translation>
        </message>
    </context>
    <context>
        <name>KeysDialog</name>
        <message>
            <source>Signing keys</source>
            <translation>簽名金鑰</translation>
        </message>
        <message>
            <source>Generate this organisation's key…</source>
            <translation>產生本機構的金鑰…</translation>
        </message>
        <message>
            <source>Export public key…</source>
            <translation>匯出公鑰…</translation>
        </message>
        <message>
            <source>Trust another organisation's key…</source>
            <translation>信任其他機構的金鑰…</translation>
        </message>
        <message>
            <source>Certificates are signed with the organisation's key; employers verify them with the exported public key.</source>
            <translation>證書使用機構金鑰簽名；雇主可用匯出的公鑰進行驗證。</translation>
        </message>
        <message>
            <source>signing</source>
            <translation>簽名</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>受信任</translation>
        </message>
        <message>
            <source>Organisation name</source>
            <translation>機構名稱</translation>
        </message>
        <message>
            <source>Export public key</source>
            <translation>匯出公鑰</translation>
        </message>
        <message>
            <source>Trust a public key</source>
            <translation>信任公鑰</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Worker</source>
            <translation>員工</translation>
        </message>
        <message>
            <source>Family member</source>
            <translation>家屬</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>來賓</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>工作人員</translation>
        </message>
        <message>
            <source>Rider</source>
            <translation>外送員</translation>
        </message>
        <message>
            <source>Courier</source>
            <translation>快遞員</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>倉儲</translation>
        </message>
        <message>
            <source>Customer service</source>
            <translation>客服</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>司機</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>desk volunteer</source>
            <translation>報到櫃檯志工</translation>
        </message>
        <message>
            <source>medic</source>
            <translation>醫護人員</translation>
        </message>
        <message>
            <source>trainer</source>
            <translation>講師</translation>
        </message>
        <message>
            <source>coordinator</source>
            <translation>協調員</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>登記編號</translation>
        </message>
        <message>
            <source>Health screening</source>
            <translation>健康篩檢</translation>
        </message>
        <message>
            <source>Sharing with the employer</source>
            <translation>與雇主分享</translation>
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
            <translation>為{name}新增一段行程</translation>
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
            <translation>車次或航班號碼(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;From (station or airport):</source>
            <translation>出發車站或機場(&amp;F)：</translation>
        </message>
        <message>
            <source>D&amp;eparts (local time):</source>
            <translation>出發時間（當地時間）(&amp;E)：</translation>
        </message>
        <message>
            <source>T&amp;o (station or airport):</source>
            <translation>抵達車站或機場(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Arrives (local time):</source>
            <translation>抵達時間（當地時間）(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Booking reference:</source>
            <translation>訂位代號(&amp;B)：</translation>
        </message>
        <message>
            <source>2026-12-04 08:00 (the zone of the place unless written)</source>
            <translation>2026-12-04 08:00（未寫時區時依該地時區）</translation>
        </message>
        <message>
            <source>2026-12-04 16:30</source>
            <translation>2026-12-04 16:30</translation>
        </message>
        <message>
            <source>The whole &amp;family travels on this leg</source>
            <translation>全家同搭這段行程(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>儲存(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>local time at {place}: {zone}</source>
            <translation>{place}當地時間：{zone}</translation>
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
            <translation>車次或航班</translation>
        </message>
        <message>
            <source>Departs</source>
            <translation>出發</translation>
        </message>
        <message>
            <source>Arrives</source>
            <translation>抵達時間</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>訂位代號</translation>
        </message>
        <message>
            <source>&amp;Add a leg…</source>
            <translation>新增行程(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation>更正(&amp;C)…</translation>
        </message>
        <message>
            <source>Ca&amp;ncel this leg…</source>
            <translation>取消這段行程(&amp;N)…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>Select a leg first.</source>
            <translation>請先選擇一段行程。</translation>
        </message>
        <message numerus="yes">
            <source>Cancel {number} from {place} for %n traveller(s)? Their pick-up may need planning again.</source>
            <translation>
                <numerusform>為 %n 位旅客取消從{place}出發的 {number}？接送可能需要重新安排。</numerusform>
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
            <translation>識別證</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Romanised</source>
            <translation>羅馬拼音</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手機</translation>
        </message>
        <message>
            <source>Staff id</source>
            <translation>工號</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>雇主</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>職務</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>站點</translation>
        </message>
        <message>
            <source>Registered from</source>
            <translation>登記來源</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>已報到</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>報到櫃檯</translation>
        </message>
        <message>
            <source>Stations visited</source>
            <translation>到過的檢查站</translation>
        </message>
        <message>
            <source>Open referrals</source>
            <translation>未結轉介</translation>
        </message>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>地點</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>報到點</translation>
        </message>
        <message>
            <source>Repeat scan</source>
            <translation>重複掃描</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>登記編號</translation>
        </message>
        <message>
            <source>Registered people</source>
            <translation>已登記人員</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>簽到次數</translation>
        </message>
        <message>
            <source>Registered but not checked in</source>
            <translation>已登記但未報到</translation>
        </message>
        <message>
            <source>Walk-ins</source>
            <translation>現場登記</translation>
        </message>
        <message>
            <source>every site</source>
            <translation>所有場地</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>共 %n 列</numerusform>
            </translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>第 {page} 頁，共 {pages} 頁</translation>
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
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>New event…</source>
            <translation>新增活動…</translation>
        </message>
        <message>
            <source>Open event…</source>
            <translation>開啟活動…</translation>
        </message>
        <message>
            <source>Join an event from a setup file…</source>
            <translation>用設定檔加入活動…</translation>
        </message>
        <message>
            <source>Export the setup file for other laptops…</source>
            <translation>為其他電腦匯出設定檔…</translation>
        </message>
        <message>
            <source>Apply a newer setup file (new keys, operators' PINs)…</source>
            <translation>套用較新的設定檔（新金鑰、操作員 PIN）…</translation>
        </message>
        <message>
            <source>Switch operator / sign out…</source>
            <translation>切換操作人員 / 登出…</translation>
        </message>
        <message>
            <source>Operators and settings…</source>
            <translation>操作人員與設定…</translation>
        </message>
        <message>
            <source>Consent notices…</source>
            <translation>同意告知書…</translation>
        </message>
        <message>
            <source>Import roster…</source>
            <translation>匯入名冊…</translation>
        </message>
        <message>
            <source>Export sync bundle…</source>
            <translation>匯出同步包…</translation>
        </message>
        <message>
            <source>Import sync bundles…</source>
            <translation>匯入同步包…</translation>
        </message>
        <message>
            <source>Print badges…</source>
            <translation>批次列印識別證…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>結束</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>活動(&amp;E)</translation>
        </message>
        <message>
            <source>Add site…</source>
            <translation>新增場地…</translation>
        </message>
        <message>
            <source>This laptop…</source>
            <translation>本機設定…</translation>
        </message>
        <message>
            <source>Export the selected person's data…</source>
            <translation>匯出所選人員的資料…</translation>
        </message>
        <message>
            <source>Erase the selected person…</source>
            <translation>刪除所選人員的資料…</translation>
        </message>
        <message>
            <source>Only a coordinator may do this.</source>
            <translation>只有協調員可以執行此操作。</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>語言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>使用者指南</translation>
        </message>
        <message>
            <source>{event} · {desk} · {file}</source>
            <translation>{event} · {desk} · {file}</translation>
        </message>
        <message>
            <source>Operator: {name}</source>
            <translation>操作人員：{name}</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge two people</source>
            <translation>合併兩個人</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>Merged into the one kept</source>
            <translation>併入保留的人</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手機</translation>
        </message>
        <message>
            <source>Staff id</source>
            <translation>工號</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>雇主</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>簽到次數</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>識別證</translation>
        </message>
        <message>
            <source>{right} becomes {left}: their badges, consents and check-ins move to {left}. The last merge can be undone from the Sync page.</source>
            <translation>{right} 將併入 {left}：其識別證、同意紀錄和簽到都轉到 {left}。最近一次合併可在同步頁面撤銷。</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>合併</translation>
        </message>
    </context>
    <context>
        <name>NewEventDialog</name>
        <message>
            <source>New event</source>
            <translation>新增活動</translation>
        </message>
        <message>
            <source>One site per line: City: venue</source>
            <translation>每列一個場地：城市: 場館</translation>
        </message>
        <message>
            <source>Event name</source>
            <translation>活動名稱</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>開始日期</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>結束日期</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>時區</translation>
        </message>
        <message>
            <source>Phone region</source>
            <translation>電話地區</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>場地</translation>
        </message>
        <message>
            <source>Your name (coordinator)</source>
            <translation>您的姓名（協調員）</translation>
        </message>
        <message>
            <source>Your PIN ({low}–{high} digits)</source>
            <translation>您的 PIN（{low}–{high} 位數字）</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>再次輸入 PIN</translation>
        </message>
        <message>
            <source>Health passphrase (10+ characters, for medics)</source>
            <translation>健康通行碼（至少 10 個字元，供醫護人員使用）</translation>
        </message>
        <message>
            <source>Encrypt the file with passphrase (optional)</source>
            <translation>以通行碼加密檔案（選填）</translation>
        </message>
        <message>
            <source>This laptop's desk name</source>
            <translation>本機櫃檯名稱</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>儲存為</translation>
        </message>
        <message>
            <source>Choose a PIN for yourself: the event's coordinator needs one.</source>
            <translation>請為自己設定 PIN：活動協調員必須有 PIN。</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>兩次輸入的 PIN 不一致。</translation>
        </message>
        <message>
            <source>{file} exists already; choose another name.</source>
            <translation>{file} 已存在，請換一個名稱。</translation>
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
            <translation>徵求同意前，請向 {name} 宣讀或遞交這份告知事項。</translation>
        </message>
        <message>
            <source>Notice version {version}</source>
            <translation>告知事項版本 {version}</translation>
        </message>
        <message>
            <source>The person agrees: record consent</source>
            <translation>本人同意：記錄同意</translation>
        </message>
        <message>
            <source>Print notice</source>
            <translation>列印告知事項</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>暫不</translation>
        </message>
    </context>
    <context>
        <name>Notices</name>
        <message>
            <source>Notice version {version} · {language}</source>
            <translation>告知事項版本 {version} · {language}</translation>
        </message>
    </context>
    <context>
        <name>NoticesDialog</name>
        <message>
            <source>Consent notices</source>
            <translation>同意告知書</translation>
        </message>
        <message>
            <source>Publish as a new version</source>
            <translation>發布為新版本</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>現行版本</translation>
        </message>
        <message>
            <source>version {version} (built in)</source>
            <translation>版本 {version}（內建）</translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>版本 {version}</translation>
        </message>
        <message>
            <source>Published as version {version}; new consents name it.</source>
            <translation>已發布為版本 {version}；新的同意將記錄此版本。</translation>
        </message>
    </context>
    <context>
        <name>OperatorsDialog</name>
        <message>
            <source>Operators and settings</source>
            <translation>操作人員與設定</translation>
        </message>
        <message>
            <source>Add an operator</source>
            <translation>新增操作人員</translation>
        </message>
        <message>
            <source>Screening settings</source>
            <translation>篩檢設定</translation>
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
            <translation>PIN（{low}–{high} 位數字）</translation>
        </message>
        <message>
            <source>Selected operator</source>
            <translation>所選操作人員</translation>
        </message>
        <message>
            <source>New PIN ({low}–{high} digits)</source>
            <translation>新 PIN（{low}–{high} 位數字）</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>再次輸入新 PIN</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>設定 PIN</translation>
        </message>
        <message>
            <source>Change roles</source>
            <translation>修改角色</translation>
        </message>
        <message>
            <source>Retire operator…</source>
            <translation>停用操作人員…</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>再次輸入 PIN</translation>
        </message>
        <message>
            <source>Add operator</source>
            <translation>新增操作人員</translation>
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation>閒置多少分鐘後鎖定</translation>
        </message>
        <message>
            <source>BMI standard</source>
            <translation>BMI 標準</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>儲存設定</translation>
        </message>
        <message>
            <source>no PIN on this laptop: set one</source>
            <translation>這台筆電上沒有 PIN：請設定</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>兩次輸入的 PIN 不一致。</translation>
        </message>
        <message>
            <source>New PIN set for {name}.</source>
            <translation>已為 {name} 設定新 PIN。</translation>
        </message>
        <message>
            <source>Roles of {name} changed.</source>
            <translation>{name} 的角色已修改。</translation>
        </message>
        <message>
            <source>Retire operator</source>
            <translation>停用操作人員</translation>
        </message>
        <message>
            <source>Retire {name}? They can no longer sign in on any laptop once this travels; what they did stays in the journal under their name.</source>
            <translation>停用 {name}？同步之後，此人在任何電腦上都不能再登入；其做過的操作仍以其名字保留在日誌中。</translation>
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
            <translation>已新增 {name}。</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>設定已儲存。</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Station overview</source>
            <translation>檢查站概覽</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Operators and settings…</source>
            <translation>操作人員與設定…</translation>
        </message>
        <message>
            <source>People screened per station per hour</source>
            <translation>各檢查站每小時篩檢人數</translation>
        </message>
        <message>
            <source>Flags by kind</source>
            <translation>各類警示</translation>
        </message>
        <message>
            <source>Open referrals</source>
            <translation>未結轉介</translation>
        </message>
        <message>
            <source>Flagged people</source>
            <translation>有警示的人員</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>檢查站</translation>
        </message>
        <message>
            <source>Hour</source>
            <translation>時段</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人數</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>警示</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>轉介去處</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>未處理</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>警示</translation>
        </message>
        <message>
            <source>Counts only: individual results need the medic role.</source>
            <translation>僅顯示數量：檢視個人結果需要醫護人員角色。</translation>
        </message>
        <message>
            <source>Fewer than 5 people screened</source>
            <translation>已篩檢人數少於 5 人</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) screened</source>
            <translation>
                <numerusform>已篩檢 %n 人</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Check-in desk</source>
            <translation>報到櫃檯</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>儀表板</translation>
        </message>
        <message>
            <source>Screening station</source>
            <translation>篩檢檢查站</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>轉介</translation>
        </message>
        <message>
            <source>Station overview</source>
            <translation>檢查站概覽</translation>
        </message>
        <message>
            <source>Family visits</source>
            <translation>家屬探親</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>培訓</translation>
        </message>
        <message>
            <source>Verify certificate</source>
            <translation>驗證證書</translation>
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
            <translation>司機接站名單…</translation>
        </message>
        <message>
            <source>Rooming list…</source>
            <translation>分房名單…</translation>
        </message>
        <message>
            <source>Itinerary…</source>
            <translation>行程表…</translation>
        </message>
        <message>
            <source>Copy message</source>
            <translation>複製訊息</translation>
        </message>
        <message>
            <source>Day summary…</source>
            <translation>當日彙總…</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>儲存為</translation>
        </message>
        <message>
            <source>PDF or Excel (*.pdf *.xlsx)</source>
            <translation>PDF 或 Excel (*.pdf *.xlsx)</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>已儲存 {file}</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>正在列印…</translation>
        </message>
        <message>
            <source>Select a traveller of the family first.</source>
            <translation>請先選擇這個家庭的一位出行人。</translation>
        </message>
        <message>
            <source>The itinerary is on the clipboard: paste it into the family's chat.</source>
            <translation>行程已複製到剪貼簿：請貼到家屬的聊天群組裡。</translation>
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
            <translation>羅馬拼音</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手機</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>員工編號</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>識別證</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>已報到</translation>
        </message>
        <message>
            <source>Possible duplicate: same phone or staff id as someone already registered.</source>
            <translation>可能重複：與已登記人員的手機號碼或員工編號相同。</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Person</source>
            <translation>人員</translation>
        </message>
        <message>
            <source>Name (as written)</source>
            <translation>姓名（按證件書寫）</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手機</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>員工編號</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>雇主</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>職務</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳細資料</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>儲存變更</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>簽到次數</translation>
        </message>
        <message>
            <source>Annul check-in…</source>
            <translation>作廢報到…</translation>
        </message>
        <message>
            <source>Undo: check in again</source>
            <translation>復原：重新報到</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>同意紀錄</translation>
        </message>
        <message>
            <source>Withdraw consent…</source>
            <translation>撤回同意…</translation>
        </message>
        <message>
            <source>Reprint badge</source>
            <translation>重印識別證</translation>
        </message>
        <message>
            <source>Person: {name}</source>
            <translation>人員：{name}</translation>
        </message>
        <message>
            <source>{time} · {desk}</source>
            <translation>{time} · {desk}</translation>
        </message>
        <message>
            <source>annulled: {reason}</source>
            <translation>已作廢：{reason}</translation>
        </message>
        <message>
            <source>Not checked in yet.</source>
            <translation>尚未報到。</translation>
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
            <translation>{kind}（告知事項 {version}）：{state}</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>沒有變更。</translation>
        </message>
        <message>
            <source>Saved. The change is journalled with your name.</source>
            <translation>已儲存。變更已以您的名字記入日誌。</translation>
        </message>
        <message>
            <source>Select the check-in to annul.</source>
            <translation>請選取要作廢的報到。</translation>
        </message>
        <message>
            <source>Annul check-in</source>
            <translation>作廢報到</translation>
        </message>
        <message>
            <source>Why is this check-in annulled? (for example: wrong person selected)</source>
            <translation>為什麼作廢這次報到？（例如：選錯了人）</translation>
        </message>
        <message>
            <source>Annul this check-in of {name}? It no longer counts as an arrival; the record of it and your reason are kept.</source>
            <translation>作廢 {name} 的這次報到？它將不再算作到場；報到紀錄和您的理由都會保留。</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>Check-in annulled.</source>
            <translation>報到已作廢。</translation>
        </message>
        <message>
            <source>Checked in again.</source>
            <translation>已重新報到。</translation>
        </message>
        <message>
            <source>Select a consent in force to withdraw.</source>
            <translation>請選取一項有效的同意來撤回。</translation>
        </message>
        <message>
            <source>Withdraw the consent to {kind} of {name}? From now on nothing of this kind can be recorded for them without a new consent.</source>
            <translation>撤回 {name} 對「{kind}」的同意？此後沒有新的同意，就不能再為其記錄此類內容。</translation>
        </message>
        <message>
            <source>Their health records become hidden from everyone; this cannot be undone.</source>
            <translation>其健康紀錄將對所有人隱藏；此操作無法復原。</translation>
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
            <translation>請先在報到櫃檯選取此人（搜尋後點選其所在列）。</translation>
        </message>
        <message>
            <source>Save everything held about this person</source>
            <translation>儲存與此人有關的全部資料</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON 檔案 (*.json)</translation>
        </message>
        <message>
            <source>Saved everything held about {name} to {file}. Hand it to them, then delete it from this laptop.</source>
            <translation>已將與 {name} 有關的全部資料儲存到 {file}。交給本人後，請從本機刪除該檔案。</translation>
        </message>
        <message>
            <source>{name} was erased here. Export a bundle so the other laptops erase them too.</source>
            <translation>已在本機刪除 {name} 的資料。請匯出同步包，讓其他電腦也刪除。</translation>
        </message>
    </context>
    <context>
        <name>PinCountdown</name>
        <message>
            <source>You can try your PIN again now.</source>
            <translation>現在可以再次輸入 PIN。</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>No printer is set up on this laptop.</source>
            <translation>這台電腦沒有設定印表機。</translation>
        </message>
        <message>
            <source>No PDF viewer could be opened on this laptop.</source>
            <translation>這台電腦無法開啟 PDF 檢視器。</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>未列印</translation>
        </message>
        <message>
            <source>The file is saved as {file} in the folder:
{folder}
Copy it to a laptop with a printer, or open it from there. It is removed when CareKit closes.</source>
            <translation>檔案已儲存為 {file}，位於資料夾：
{folder}
請複製到有印表機的電腦，或從那裡開啟。CareKit 關閉時會刪除它。</translation>
        </message>
        <message>
            <source>Show the folder</source>
            <translation>開啟資料夾</translation>
        </message>
    </context>
    <context>
        <name>ReferralQueuePage</name>
        <message>
            <source>Referrals</source>
            <translation>轉介</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>優先順序</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>警示</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>提出時間</translation>
        </message>
        <message>
            <source>Mark seen</source>
            <translation>標記為已看診</translation>
        </message>
        <message>
            <source>Close referral</source>
            <translation>關閉轉介</translation>
        </message>
        <message>
            <source>URGENT</source>
            <translation>緊急</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Select a referral first.</source>
            <translation>請先選擇一條轉介。</translation>
        </message>
        <message>
            <source>Close the referral of {name} ({flag})? A closed referral cannot be reopened; a new flag opens a new one.</source>
            <translation>關閉 {name} 的轉介（{flag}）？關閉後無法重新開啟；新的警示會另開一條轉介。</translation>
        </message>
        <message>
            <source>Keep it open</source>
            <translation>保持開啟</translation>
        </message>
    </context>
    <context>
        <name>ResultPanel</name>
        <message>
            <source>Ready to scan</source>
            <translation>請掃描</translation>
        </message>
        <message>
            <source>Scan a badge, or type a name, pinyin, phone or staff id.</source>
            <translation>掃描識別證，或輸入姓名、拼音、手機號碼或員工編號。</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>已報到</translation>
        </message>
        <message>
            <source>Already checked in at {time}, {desk}</source>
            <translation>已於 {time} 在 {desk} 報到</translation>
        </message>
        <message>
            <source>Checked in: pending record</source>
            <translation>已報到：待同步資料</translation>
        </message>
        <message>
            <source>Registration not on this laptop yet</source>
            <translation>本機尚無此人的登記資料</translation>
        </message>
        <message>
            <source>The check-in is recorded; the person's details arrive with the next sync bundle.</source>
            <translation>報到已記錄；此人的資料將隨下一個同步包送達。</translation>
        </message>
        <message>
            <source>Not checked in</source>
            <translation>未報到</translation>
        </message>
        <message>
            <source>Nothing done</source>
            <translation>未執行任何操作</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Needs the role {roles}; {name} is signed in without it.</source>
            <translation>需要「{roles}」角色；目前登入的 {name} 沒有這個角色。</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <source>Checking rows…</source>
            <translation>正在檢查各列…</translation>
        </message>
        <message>
            <source>Registering people…</source>
            <translation>正在登記人員…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在儲存…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手機</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>員工編號</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>雇主</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>職務</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
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
            <translation>體重</translation>
        </message>
        <message>
            <source>Systolic, 1st reading</source>
            <translation>收縮壓（第 1 次）</translation>
        </message>
        <message>
            <source>Diastolic, 1st reading</source>
            <translation>舒張壓（第 1 次）</translation>
        </message>
        <message>
            <source>Systolic, 2nd reading</source>
            <translation>收縮壓（第 2 次）</translation>
        </message>
        <message>
            <source>Diastolic, 2nd reading</source>
            <translation>舒張壓（第 2 次）</translation>
        </message>
        <message>
            <source>Systolic, 3rd reading</source>
            <translation>收縮壓（第 3 次）</translation>
        </message>
        <message>
            <source>Diastolic, 3rd reading</source>
            <translation>舒張壓（第 3 次）</translation>
        </message>
        <message>
            <source>Heart rate</source>
            <translation>心跳速率</translation>
        </message>
        <message>
            <source>Glucose</source>
            <translation>血糖</translation>
        </message>
        <message>
            <source>Glucose unit</source>
            <translation>血糖單位</translation>
        </message>
        <message>
            <source>Fasting</source>
            <translation>空腹</translation>
        </message>
        <message>
            <source>Vision, left eye</source>
            <translation>視力（左眼）</translation>
        </message>
        <message>
            <source>Vision, right eye</source>
            <translation>視力（右眼）</translation>
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
            <translation>工作時的熱危害</translation>
        </message>
        <message>
            <source>Lower-back pain</source>
            <translation>腰痛</translation>
        </message>
        <message>
            <source>Injuries in the last year</source>
            <translation>近一年受傷情況</translation>
        </message>
        <message>
            <source>Height and weight</source>
            <translation>身高體重</translation>
        </message>
        <message>
            <source>Blood pressure</source>
            <translation>血壓</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>視力</translation>
        </message>
        <message>
            <source>Mood (PHQ-2, GAD-2)</source>
            <translation>情緒（PHQ-2、GAD-2）</translation>
        </message>
        <message>
            <source>Work questions</source>
            <translation>工作相關問題</translation>
        </message>
        <message>
            <source>Doctor on site</source>
            <translation>現場醫師</translation>
        </message>
        <message>
            <source>Counselling / calm room</source>
            <translation>心理諮商 / 安靜室</translation>
        </message>
        <message>
            <source>Eye clinic</source>
            <translation>眼科門診</translation>
        </message>
        <message>
            <source>Underweight</source>
            <translation>體重過低</translation>
        </message>
        <message>
            <source>Overweight</source>
            <translation>過重</translation>
        </message>
        <message>
            <source>Obesity</source>
            <translation>肥胖</translation>
        </message>
        <message>
            <source>Raised blood pressure</source>
            <translation>血壓偏高</translation>
        </message>
        <message>
            <source>Urgent blood pressure</source>
            <translation>血壓危急</translation>
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
            <translation>視力不良</translation>
        </message>
        <message>
            <source>PHQ-2 positive</source>
            <translation>PHQ-2 陽性</translation>
        </message>
        <message>
            <source>GAD-2 positive</source>
            <translation>GAD-2 陽性</translation>
        </message>
        <message>
            <source>open</source>
            <translation>待處理</translation>
        </message>
        <message>
            <source>seen</source>
            <translation>已看診</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已關閉</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Roster</source>
            <translation>名冊</translation>
        </message>
        <message>
            <source>Scan in / out</source>
            <translation>掃碼報到 / 簽退</translation>
        </message>
        <message>
            <source>Skills grid</source>
            <translation>技能考核表</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Enrol: name, phone, staff id or badge serial, then Enter</source>
            <translation>報名：輸入姓名、手機號碼、員工編號或識別證編號，然後按 Enter</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>學時</translation>
        </message>
        <message>
            <source>In now</source>
            <translation>在場</translation>
        </message>
        <message>
            <source>Scan a badge</source>
            <translation>請掃識別證</translation>
        </message>
        <message>
            <source>Scanning out (leaving the room)</source>
            <translation>簽退（離開教室）</translation>
        </message>
        <message>
            <source>Type the written score; Space marks a skill passed ✓, not passed ✗ or blank. Ctrl+S saves.</source>
            <translation>輸入筆試成績；空格鍵將技能標為通過 ✓、未通過 ✗ 或空白。Ctrl+S 儲存。</translation>
        </message>
        <message>
            <source>Save assessments</source>
            <translation>儲存考核</translation>
        </message>
        <message>
            <source>Issue certificates</source>
            <translation>頒發證書</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>筆試</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Pick a session</source>
            <translation>請選擇一個場次</translation>
        </message>
        <message>
            <source>{course} {name} · {site} {room} · {day} {start}–{end} · trainer {trainer} · {enrolled}/{capacity}</source>
            <translation>{course} {name} · {site} {room} · {day} {start}–{end} · 講師 {trainer} · {enrolled}/{capacity}</translation>
        </message>
        <message>
            <source>enrolled</source>
            <translation>已報名</translation>
        </message>
        <message>
            <source>waiting #{n}</source>
            <translation>候補第 {n} 位</translation>
        </message>
        <message>
            <source>in</source>
            <translation>在場</translation>
        </message>
        <message>
            <source>In the room now ({count}): {names}</source>
            <translation>現在在教室（{count} 人）：{names}</translation>
        </message>
        <message>
            <source>{count} people match '{text}': type more.</source>
            <translation>有 {count} 人符合“{text}”：請再多輸入一些。</translation>
        </message>
        <message>
            <source>{name}: already on this session</source>
            <translation>{name}：已在本場名冊上</translation>
        </message>
        <message>
            <source>{name}: enrolled</source>
            <translation>{name}：已報名</translation>
        </message>
        <message>
            <source>{name}: waiting list #{n}</source>
            <translation>{name}：候補第 {n} 位</translation>
        </message>
        <message>
            <source>{name}: in at {time}</source>
            <translation>{name}：{time} 報到</translation>
        </message>
        <message>
            <source>{name}: out at {time}, {hours} h</source>
            <translation>{name}：{time} 簽退，{hours} 小時</translation>
        </message>
        <message>
            <source>{name}: already in (recorded again) at {time}</source>
            <translation>{name}：已在場（{time} 再次記錄）</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>現場報名</translation>
        </message>
        <message>
            <source>{message}

Enrol them now?</source>
            <translation>{message}

現在為其報名嗎？</translation>
        </message>
        <message>
            <source>Row {row}: '{score}' is not a score.</source>
            <translation>第 {row} 列：“{score}”不是成績。</translation>
        </message>
        <message>
            <source>{count} assessments saved.</source>
            <translation>已儲存 {count} 條考核。</translation>
        </message>
        <message>
            <source>Issued {issued}, already issued {already}, not eligible {refused}.</source>
            <translation>新頒發 {issued} 張，之前已頒發 {already} 張，不符合條件 {refused} 人。</translation>
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
            <translation>設定檔</translation>
        </message>
        <message>
            <source>CareKit setup files (*.cksetup);;All files (*)</source>
            <translation>CareKit 設定檔 (*.cksetup);;所有檔案 (*)</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>登入</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>操作人員</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>This is the demo event: sign in as {name} with the PIN {pin}.</source>
            <translation>這是示範活動：請以 {name} 登入，PIN 為 {pin}。</translation>
        </message>
        <message>
            <source>Sign out and close CareKit</source>
            <translation>登出並關閉 CareKit</translation>
        </message>
        <message>
            <source>Choose or type your operator name.</source>
            <translation>請選擇或輸入您的操作人員名稱。</translation>
        </message>
        <message>
            <source>Preparing search for {count} people…</source>
            <translation>正在為 {count} 人準備搜尋…</translation>
        </message>
        <message>
            <source>Checking your PIN…</source>
            <translation>正在核對您的 PIN…</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>請輸入 PIN，然後按 Enter。</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>新 PIN</translation>
        </message>
        <message>
            <source>The same PIN again:</source>
            <translation>再次輸入同一 PIN：</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>兩次輸入的 PIN 不一致。</translation>
        </message>
    </context>
    <context>
        <name>StartDialog</name>
        <message>
            <source>No event is open on this laptop yet.</source>
            <translation>本機尚未開啟任何活動。</translation>
        </message>
        <message>
            <source>Create a new event…</source>
            <translation>新增活動…</translation>
        </message>
        <message>
            <source>Join an event from a setup file…</source>
            <translation>用設定檔加入活動…</translation>
        </message>
        <message>
            <source>Open an event file…</source>
            <translation>開啟活動檔案…</translation>
        </message>
        <message>
            <source>Open the demo event</source>
            <translation>開啟示範活動</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>{file} is encrypted. Event passphrase:</source>
            <translation>{file} 已加密。活動通行碼：</translation>
        </message>
        <message>
            <source>That passphrase does not open {file}. Event passphrase:</source>
            <translation>該通行碼無法開啟 {file}。活動通行碼：</translation>
        </message>
    </context>
    <context>
        <name>StationPage</name>
        <message>
            <source>Screening station</source>
            <translation>篩檢檢查站</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>檢查站</translation>
        </message>
        <message>
            <source>Scan the badge</source>
            <translation>掃描識別證</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人員</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>測量值</translation>
        </message>
        <message>
            <source>Record health consent (F3)</source>
            <translation>記錄健康篩檢同意 (F3)</translation>
        </message>
        <message>
            <source>Save (Enter)</source>
            <translation>儲存 (Enter)</translation>
        </message>
        <message>
            <source>Correct last record (Alt+C)</source>
            <translation>更正上一條紀錄 (Alt+C)</translation>
        </message>
        <message>
            <source>Health data locked</source>
            <translation>健康資料已鎖定</translation>
        </message>
        <message>
            <source>Type the event's health passphrase once to open health values on this laptop until tomorrow.</source>
            <translation>輸入一次本活動的健康通行碼，即可在這台電腦上檢視健康資料，直到明天。</translation>
        </message>
        <message>
            <source>Health passphrase</source>
            <translation>健康通行碼</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解鎖</translation>
        </message>
        <message>
            <source>Health data unlocked on this laptop for today.</source>
            <translation>今天這台電腦上的健康資料已解鎖。</translation>
        </message>
        <message>
            <source>, optional</source>
            <translation>，選填</translation>
        </message>
        <message>
            <source>The work questions are for riders, couriers and warehouse staff.</source>
            <translation>工作相關問題適用於外送員、快遞員和倉儲人員。</translation>
        </message>
        <message>
            <source>Scan a badge to begin.</source>
            <translation>掃描識別證開始。</translation>
        </message>
        <message>
            <source>Badge {serial}</source>
            <translation>識別證 {serial}</translation>
        </message>
        <message>
            <source>age {band}</source>
            <translation>年齡 {band}</translation>
        </message>
        <message>
            <source>Health consent given (notice {version}).</source>
            <translation>已同意健康篩檢（告知事項 {version}）。</translation>
        </message>
        <message>
            <source>Health consent withdrawn: nothing can be recorded.</source>
            <translation>已撤回健康篩檢同意：不能記錄任何內容。</translation>
        </message>
        <message>
            <source>No health consent yet: ask first.</source>
            <translation>尚未同意健康篩檢：請先徵得同意。</translation>
        </message>
        <message>
            <source>Saved for {name}.</source>
            <translation>已為 {name} 儲存。</translation>
        </message>
        <message>
            <source>BMI {bmi}</source>
            <translation>BMI {bmi}</translation>
        </message>
        <message>
            <source>Blood pressure used: {s}/{d} mmHg</source>
            <translation>採用的血壓：{s}/{d} mmHg</translation>
        </message>
        <message>
            <source>Glucose {value} mmol/L</source>
            <translation>血糖 {value} mmol/L</translation>
        </message>
        <message>
            <source>URGENT</source>
            <translation>緊急</translation>
        </message>
        <message>
            <source>No flags.</source>
            <translation>無警示。</translation>
        </message>
        <message>
            <source>Correcting the last record: change the values and press Enter.</source>
            <translation>正在更正上一條紀錄：修改數值後按 Enter。</translation>
        </message>
    </context>
    <context>
        <name>StayDialog</name>
        <message>
            <source>Room for {name}</source>
            <translation>{name}的房間</translation>
        </message>
        <message>
            <source>&amp;Hotel:</source>
            <translation>飯店(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Room:</source>
            <translation>房號(&amp;R)：</translation>
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
            <translation>晚數(&amp;N)：</translation>
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
            <translation>儲存(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Room {room} already holds {count} of {capacity}: it is full.</source>
            <translation>房間 {room} 已住 {count} 人（共 {capacity} 人）：已滿。</translation>
        </message>
        <message numerus="yes">
            <source>Shares room {room} with %n other(s).</source>
            <translation>
                <numerusform>與另外 %n 人同住 {room} 房間。</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} gives back room {room} at {hotel} and has no room until given another.</source>
            <translation>{name}將退掉{hotel}的 {room} 房間，在分配新房間之前沒有房間。</translation>
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
            <translation>保留房間</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>nothing</source>
            <translation>無</translation>
        </message>
        <message>
            <source>The clock of {laptop} runs ahead of this laptop's by more than {minutes} minutes (its newest change is stamped {when}). Its changes were kept, but this laptop's clock did not follow; set the date and time on {laptop}.</source>
            <translation>{laptop} 的時鐘比本機快了 {minutes} 分鐘以上（其最新變更的時間為 {when}）。其變更已保留，但本機時鐘沒有跟隨；請校正 {laptop} 的日期和時間。</translation>
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
            <translation>{file}（來自 {desk}）：新增 {new}，更新 {updated}，未變 {unchanged}，新報到及日誌 {facts} 條，衝突 {conflicts} 個，可能重複 {duplicates} 個</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>匯出同步包</translation>
        </message>
        <message>
            <source>CareKit bundles (*.ckbundle)</source>
            <translation>CareKit 同步包 (*.ckbundle)</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>正在寫入 {file}…</translation>
        </message>
        <message>
            <source>Bundle written</source>
            <translation>同步包已寫入</translation>
        </message>
        <message>
            <source>{file} is ready ({size} KB). Copy it to the other laptops and import it there.</source>
            <translation>{file} 已就緒（{size} KB）。請將其複製到其他電腦並在那裡匯入。</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>匯出失敗</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>匯入同步包</translation>
        </message>
        <message numerus="yes">
            <source>Merging %n bundle(s)…</source>
            <translation>
                <numerusform>正在合併 %n 個同步包…</numerusform>
            </translation>
        </message>
        <message>
            <source>Bundles imported</source>
            <translation>同步包已匯入</translation>
        </message>
        <message>
            <source>Imported before this one:</source>
            <translation>在此之前已匯入：</translation>
        </message>
        <message>
            <source>A bundle was not imported</source>
            <translation>有一個同步包未匯入</translation>
        </message>
        <message>
            <source>Merging {file}…</source>
            <translation>正在合併 {file}…</translation>
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
            <translation>匯出同步包…</translation>
        </message>
        <message>
            <source>Import bundles…</source>
            <translation>匯入同步包…</translation>
        </message>
        <message>
            <source>What this laptop has</source>
            <translation>本機已有的資料</translation>
        </message>
        <message>
            <source>Conflicts waiting</source>
            <translation>待處理的衝突</translation>
        </message>
        <message>
            <source>Possible duplicates waiting</source>
            <translation>待處理的可能重複</translation>
        </message>
        <message>
            <source>Recent exports and imports</source>
            <translation>最近的匯出與匯入</translation>
        </message>
        <message>
            <source>Scans kept aside</source>
            <translation>暫放一旁的掃碼</translation>
        </message>
        <message>
            <source>Try recording them again</source>
            <translation>重新嘗試記錄</translation>
        </message>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>What</source>
            <translation>內容</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>This laptop, {name}{where}: its own work up to {when}</source>
            <translation>本機 {name}{where}：自身資料截至 {when}</translation>
        </message>
        <message>
            <source>From {name}{where}: everything up to {when}</source>
            <translation>來自 {name}{where}：全部資料截至 {when}</translation>
        </message>
        <message>
            <source>Nothing yet.</source>
            <translation>暫無。</translation>
        </message>
        <message>
            <source>exported {file}</source>
            <translation>已匯出 {file}</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <source>imported {file} from {desk}</source>
            <translation>已匯入來自 {desk} 的 {file}</translation>
        </message>
        <message>
            <source>{new} new, {updated} updated, {conflicts} conflicts, {duplicates} duplicates</source>
            <translation>新增 {new}，更新 {updated}，衝突 {conflicts}，重複 {duplicates}</translation>
        </message>
        <message>
            <source>Conflicts waiting ({n})</source>
            <translation>待處理的衝突（{n}）</translation>
        </message>
        <message>
            <source>Possible duplicates waiting ({n})</source>
            <translation>待處理的可能重複（{n}）</translation>
        </message>
        <message>
            <source>The file {file} beside the event file, which keeps the scans answered during a merge, cannot be opened: it is damaged. Scans are recorded as usual while no merge runs; keep the file and ask for support.</source>
            <translation>活動檔案旁用於保存合併期間掃碼的 {file} 檔案無法開啟：它已損壞。沒有合併進行時，掃碼照常記錄；請保留該檔案並聯絡技術支援。</translation>
        </message>
        <message>
            <source>Scans answered during a merge but not recorded: {n}. Recording them failed, so they are set aside and kept; every other scan goes on being recorded. Try again below; if they still fail, keep the file {file} beside the event file and ask for support.</source>
            <translation>合併期間已給出結果但未記錄的掃碼：{n} 筆。記錄失敗，因此已暫放一旁並保留；其他掃碼照常記錄。請按下方按鈕重試；如仍失敗，請保留活動檔案旁的 {file} 檔案並聯絡技術支援。</translation>
        </message>
        <message>
            <source>Waiting scans that cannot be read: {n}. They were written under another event key or are damaged, and are kept in {file} beside the event file: do not delete it; ask for support.</source>
            <translation>無法讀取的待記錄掃碼：{n} 筆。它們以另一個活動金鑰寫入或已損壞，保存在活動檔案旁的 {file} 中：請勿刪除該檔案，並聯絡技術支援。</translation>
        </message>
        <message>
            <source>Next: export a bundle and import it on the other laptops, then bring their bundles back here and import them.</source>
            <translation>下一步：匯出同步包並在其他電腦上匯入，再把它們的同步包帶回本機匯入。</translation>
        </message>
        <message>
            <source>Next: a coordinator picks the right value for each conflict on the right. Until then the newest value is shown.</source>
            <translation>下一步：由協調員在右側為每個衝突選擇正確的值。在此之前顯示最新的值。</translation>
        </message>
        <message>
            <source>Next: a coordinator decides for each possible duplicate: the same person (merge) or different people.</source>
            <translation>下一步：由協調員判斷每組可能重複的人員：是同一人（合併）還是不同的人。</translation>
        </message>
        <message>
            <source>Next: export a bundle so the other laptops get what this laptop has now.</source>
            <translation>下一步：匯出同步包，讓其他電腦獲得本機現有的資料。</translation>
        </message>
        <message>
            <source>All settled. Exchange bundles again after the next busy hour, or before laptops leave the venue.</source>
            <translation>全部處理完畢。請在下一個繁忙時段之後，或電腦離開場館之前，再次交換同步包。</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <source>attended {attended} h of {hours} h</source>
            <translation>出勤 {attended} 小時 / 共 {hours} 小時</translation>
        </message>
        <message>
            <source>no written score yet</source>
            <translation>尚無筆試成績</translation>
        </message>
        <message>
            <source>written {score} &lt; {mark}</source>
            <translation>筆試 {score} &lt; {mark}</translation>
        </message>
        <message>
            <source>{skill} not assessed</source>
            <translation>{skill} 未考核</translation>
        </message>
        <message>
            <source>{skill} not passed</source>
            <translation>{skill} 未通過</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>通過</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>未通過</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>no certificate of {code} valid or expired less than {months} months ago</source>
            <translation>沒有有效的或過期不足 {months} 個月的 {code} 證書</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <source>Training</source>
            <translation>培訓</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>場次</translation>
        </message>
        <message>
            <source>Renewals</source>
            <translation>複訓提醒</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>站點</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>剩餘天數</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手機</translation>
        </message>
        <message>
            <source>Course · serial</source>
            <translation>課程 · 編號</translation>
        </message>
        <message>
            <source>Certificates running out within {days} days and not yet renewed: whom to invite to a renewal course.</source>
            <translation>{days} 天內到期且尚未複訓的證書：應邀請參加複訓的人。</translation>
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
            <translation>匯入旅行社檔案</translation>
        </message>
        <message>
            <source>&amp;Choose a file…</source>
            <translation>選擇檔案(&amp;C)…</translation>
        </message>
        <message>
            <source>CSV or Excel file from the travel agent</source>
            <translation>旅行社提供的 CSV 或 Excel 檔案</translation>
        </message>
        <message>
            <source>&amp;Lines left out:</source>
            <translation>未匯入的列(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Import the good rows</source>
            <translation>匯入正確的列(&amp;I)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>Choose the travel agent's file</source>
            <translation>選擇旅行社檔案</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
            <translation>試算表 (*.xlsx *.csv *.txt)</translation>
        </message>
        <message>
            <source>Choose the file; it is checked and shown before anything is stored.</source>
            <translation>選擇檔案；儲存任何內容之前會先檢查並顯示。</translation>
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
                <numerusform>%n 個乘客座位</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) left out</source>
            <translation>
                <numerusform>%n 列未匯入</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {legs} with {passengers}; {left_out}.</source>
            <translation>已匯入{legs}，共{passengers}；{left_out}。</translation>
        </message>
        <message>
            <source>The file would add {legs} with {passengers}; {left_out}.</source>
            <translation>此檔案將新增{legs}，共{passengers}；{left_out}。</translation>
        </message>
    </context>
    <context>
        <name>TravellerDialog</name>
        <message>
            <source>Add a traveller</source>
            <translation>新增旅客</translation>
        </message>
        <message>
            <source>Edit the traveller</source>
            <translation>編輯旅客</translation>
        </message>
        <message>
            <source>&amp;Worker visited (staff id):</source>
            <translation>探望的員工（工號）(&amp;W)：</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Phone (empty: the worker's):</source>
            <translation>電話（空白：使用員工電話）(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Relationship:</source>
            <translation>關係(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Age:</source>
            <translation>年齡層(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>語言(&amp;L)：</translation>
        </message>
        <message>
            <source>Nee&amp;ds:</source>
            <translation>需求(&amp;D)：</translation>
        </message>
        <message>
            <source>Identity &amp;document:</source>
            <translation>身分證件(&amp;D)：</translation>
        </message>
        <message>
            <source>Document n&amp;umber:</source>
            <translation>證件號碼(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Medical note:</source>
            <translation>醫療備註(&amp;M)：</translation>
        </message>
        <message>
            <source>the worker's language</source>
            <translation>員工的語言</translation>
        </message>
        <message>
            <source>resident id card, passport…</source>
            <translation>身分證、護照…</translation>
        </message>
        <message>
            <source>locked — unlock with the health passphrase</source>
            <translation>已鎖定——輸入健康資料通關密語解鎖</translation>
        </message>
        <message>
            <source>only coordinators see and change this</source>
            <translation>只有協調員可以查看和修改</translation>
        </message>
        <message>
            <source>for ticketing; sealed when saved</source>
            <translation>用於訂票；儲存時加密封存</translation>
        </message>
        <message>
            <source>sealed when saved</source>
            <translation>儲存時加密封存</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>儲存(&amp;S)</translation>
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
            <translation>已鎖定</translation>
        </message>
        <message>
            <source>Locked after idle time. {name} has no PIN yet: choose one ({low}–{high} digits), type it twice, and it unlocks from now on.</source>
            <translation>閒置後已鎖定。{name} 還沒有 PIN：請設定一組（{low}–{high} 位數字），輸入兩次，之後用它解鎖。</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>再次輸入 PIN</translation>
        </message>
        <message>
            <source>Locked after idle time. {name}, enter your PIN.</source>
            <translation>因閒置已鎖定。{name}，請輸入您的 PIN。</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Another operator…</source>
            <translation>其他操作人員…</translation>
        </message>
        <message>
            <source>Checking your PIN…</source>
            <translation>正在核對您的 PIN…</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>請輸入 PIN，然後按 Enter。</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>兩次輸入的 PIN 不一致。</translation>
        </message>
    </context>
    <context>
        <name>UrgentFlagDialog</name>
        <message>
            <source>Urgent</source>
            <translation>緊急</translation>
        </message>
        <message>
            <source>URGENT: send {name} to {destination} now</source>
            <translation>緊急：請立即帶 {name} 前往{destination}</translation>
        </message>
        <message>
            <source>An urgent referral is at the top of the referral queue.</source>
            <translation>緊急轉介已排在轉介佇列最前面。</translation>
        </message>
        <message>
            <source>I have seen this and am sending them on</source>
            <translation>我已看到，立即轉送</translation>
        </message>
    </context>
    <context>
        <name>VehiclePlan</name>
        <message>
            <source>Window (minutes)</source>
            <translation>時間窗（分鐘）</translation>
        </message>
        <message>
            <source>Seats per vehicle</source>
            <translation>每車座位數</translation>
        </message>
        <message>
            <source>Plan pick-ups</source>
            <translation>安排接送</translation>
        </message>
        <message>
            <source>Move to this vehicle</source>
            <translation>移到這輛車</translation>
        </message>
        <message>
            <source>Save driver</source>
            <translation>儲存司機資料</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>司機</translation>
        </message>
        <message>
            <source>Driver's phone</source>
            <translation>司機電話</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Train / flight</source>
            <translation>車次 / 航班</translation>
        </message>
        <message>
            <source>Arrives</source>
            <translation>抵達時間</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>特殊需求</translation>
        </message>
        <message>
            <source>{vehicle} is over capacity ({detail})</source>
            <translation>{vehicle} 超載（{detail}）</translation>
        </message>
        <message>
            <source>{vehicle} leaves before {detail} arrives</source>
            <translation>{vehicle} 在 {detail} 抵達之前就發車</translation>
        </message>
        <message>
            <source>A traveller on {detail} has no pick-up</source>
            <translation>搭乘 {detail} 的一位出行人沒有接送安排</translation>
        </message>
        <message>
            <source>A train or flight in {vehicle} changed after planning ({detail})</source>
            <translation>{vehicle} 安排後，車次或航班有變更（{detail}）</translation>
        </message>
        <message>
            <source>{vehicle} takes a wheelchair user but is not accessible</source>
            <translation>{vehicle} 載有輪椅使用者，但不是無障礙車輛</translation>
        </message>
        <message>
            <source>Planned {vehicles} vehicles for {seated} travellers.</source>
            <translation>已為 {seated} 位出行人安排 {vehicles} 輛車。</translation>
        </message>
        <message>
            <source>Select a traveller and the vehicle to move them to.</source>
            <translation>請選取一位出行人和要移到的車輛。</translation>
        </message>
    </context>
    <context>
        <name>Verify</name>
        <message>
            <source>This is not a CareKit certificate code.</source>
            <translation>這不是 CareKit 證書碼。</translation>
        </message>
        <message>
            <source>The code is damaged or incomplete.</source>
            <translation>該碼已損壞或不完整。</translation>
        </message>
        <message>
            <source>Signed by a key this laptop does not know: it cannot be trusted (import the issuer's public key).</source>
            <translation>由本機未知的金鑰簽名，無法信任（請匯入簽發方的公鑰）。</translation>
        </message>
        <message>
            <source>The signature does not match: the code is forged or altered.</source>
            <translation>簽名不符：該碼為偽造或被篡改。</translation>
        </message>
        <message>
            <source>The issuing key is not vouched for by the organisation's key: the code is forged.</source>
            <translation>簽發金鑰沒有得到機構金鑰的擔保：此碼是偽造的。</translation>
        </message>
        <message>
            <source>Issued on a day the issuing key was not delegated for: the code is forged or the key expired.</source>
            <translation>簽發日期不在簽發金鑰的授權期內：此碼是偽造的，或金鑰已過期。</translation>
        </message>
        <message>
            <source>Revoked: signed by issuing key {detail} on or after its revocation.</source>
            <translation>已撤銷：由簽發金鑰 {detail} 在其撤銷當天或之後簽署。</translation>
        </message>
        <message>
            <source>Revoked: {detail}</source>
            <translation>已撤銷：{detail}</translation>
        </message>
        <message>
            <source>Genuine, but expired on {expires}.</source>
            <translation>證書為真，但已於 {expires} 過期。</translation>
        </message>
        <message>
            <source>Valid until {expires}.</source>
            <translation>有效期至 {expires}。</translation>
        </message>
        <message>
            <source>This file is not a signed credential.</source>
            <translation>此檔案不是已簽名的憑證。</translation>
        </message>
        <message>
            <source>The credential's proof is of a kind CareKit does not check.</source>
            <translation>此憑證的證明型別 CareKit 無法核驗。</translation>
        </message>
        <message>
            <source>The credential's proof is not made for asserting a credential.</source>
            <translation>此憑證的證明並非用於宣告憑證。</translation>
        </message>
        <message>
            <source>The credential is signed by a key CareKit cannot read.</source>
            <translation>此憑證由 CareKit 無法讀取的金鑰簽名。</translation>
        </message>
        <message>
            <source>The credential is damaged or incomplete.</source>
            <translation>此憑證已損壞或不完整。</translation>
        </message>
        <message>
            <source>The signature does not match: the credential is forged or altered.</source>
            <translation>簽名不符：此憑證是偽造的或已被改動。</translation>
        </message>
        <message>
            <source>The credential is signed by a key the organisation did not delegate: it is forged.</source>
            <translation>此憑證由機構未授權的金鑰簽名：是偽造的。</translation>
        </message>
        <message>
            <source>The credential and the certificate code it carries disagree: it is forged or altered.</source>
            <translation>此憑證與其攜帶的證書碼內容不一致：是偽造的或已被改動。</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <source>Verify certificate</source>
            <translation>驗證證書</translation>
        </message>
        <message>
            <source>Scan the certificate's QR code, or paste its code, then press Enter.</source>
            <translation>掃描證書的 QR 碼，或貼上證書碼，然後按 Enter。</translation>
        </message>
        <message>
            <source>CKC2.… or the credential's JSON {…}</source>
            <translation>CKC2.… 或憑證的 JSON {…}</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>驗證</translation>
        </message>
        <message>
            <source>Signing keys…</source>
            <translation>簽名金鑰…</translation>
        </message>
        <message>
            <source>Revoke this certificate…</source>
            <translation>撤銷此證書…</translation>
        </message>
        <message>
            <source>VALID</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>EXPIRED</source>
            <translation>已過期</translation>
        </message>
        <message>
            <source>REVOKED</source>
            <translation>已撤銷</translation>
        </message>
        <message>
            <source>FORGED</source>
            <translation>偽造</translation>
        </message>
        <message>
            <source>{holder} · course {course} · issued {issued} · valid until {expires}
serial {serial} · issuer {issuer} · key {fingerprint}</source>
            <translation>{holder} · 課程 {course} · 簽發於 {issued} · 有效期至 {expires}
編號 {serial} · 簽發方 {issuer} · 金鑰 {fingerprint}</translation>
        </message>
        <message>
            <source>Revoke certificate</source>
            <translation>撤銷證書</translation>
        </message>
        <message>
            <source>Why is certificate {serial} revoked?</source>
            <translation>為什麼撤銷證書 {serial}？</translation>
        </message>
        <message>
            <source>Revoke certificate {serial} of {holder}? Every laptop will show it as revoked once this travels; it cannot be made valid again (issue a new one instead).</source>
            <translation>撤銷 {holder} 的證書 {serial}？同步之後每台電腦都會顯示它已撤銷；它無法再恢復有效（請改為核發新證書）。</translation>
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
            <translation>合併結束後立即記錄。</translation>
        </message>
        <message>
            <source>Not recorded yet: this scan is kept but set aside. A coordinator can try again on the Sync page.</source>
            <translation>尚未記錄：這次掃碼已保留，但被暫放一旁。協調員可在同步頁面重試。</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <source>Register a walk-in</source>
            <translation>現場登記</translation>
        </message>
        <message>
            <source>Print notice</source>
            <translation>列印告知事項</translation>
        </message>
        <message>
            <source>The person heard the registration notice and agrees</source>
            <translation>本人已聽取登記告知並同意</translation>
        </message>
        <message>
            <source>Name (as written)</source>
            <translation>姓名（按證件書寫）</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手機</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>員工編號</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>雇主</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>職務</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Registration notice</source>
            <translation>登記告知事項</translation>
        </message>
        <message>
            <source>Register and check in</source>
            <translation>登記並報到</translation>
        </message>
        <message>
            <source>Notice version {version}</source>
            <translation>告知事項版本 {version}</translation>
        </message>
    </context>
</TS>