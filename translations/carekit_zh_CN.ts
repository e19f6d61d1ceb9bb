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
        <name>BadgeOnScreen</name>
        <message>
            <source>Badge for {name}</source>
            <translation>{name} 的胸卡</translation>
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
            <source>{checked} checked in of {people} registered</source>
            <translation>已签到 {checked} / 已登记 {people}</translation>
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
            <translation>场地</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>No event database given: use --db PATH (or --demo).</source>
            <translation>未指定活动数据库：请使用 --db 路径（或 --demo）。</translation>
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
            <source>The event needs a name.</source>
            <translation>活动需要名称。</translation>
        </message>
        <message>
            <source>'{value}' is not a date; write it as YYYY-MM-DD.</source>
            <translation>“{value}”不是日期，请按 YYYY-MM-DD 填写。</translation>
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
            <source>The operator needs a name.</source>
            <translation>操作员需要姓名。</translation>
        </message>
        <message>
            <source>There is already an operator called {name}.</source>
            <translation>已有名为 {name} 的操作员。</translation>
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
            <source>Choose a category.</source>
            <translation>请选择类别。</translation>
        </message>
        <message>
            <source>Choose a job.</source>
            <translation>请选择岗位。</translation>
        </message>
        <message>
            <source>Phone '{phone}' is not a valid number for region {region}.</source>
            <translation>手机号“{phone}”不是 {region} 地区的有效号码。</translation>
        </message>
        <message>
            <source>{operator} may not do this: it needs the role {roles}.</source>
            <translation>{operator} 无权执行此操作：需要角色 {roles}。</translation>
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
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
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
            <source>This laptop's desk name</source>
            <translation>本机服务台名称</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>保存为</translation>
        </message>
        <message>
            <source>{file} exists already; choose another name.</source>
            <translation>{file} 已存在，请换一个名称。</translation>
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
            <translation>手机号</translation>
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
            <source>Open an event file…</source>
            <translation>打开活动文件…</translation>
        </message>
        <message>
            <source>Open the demo event</source>
            <translation>打开演示活动</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <source>Register a walk-in</source>
            <translation>现场登记</translation>
        </message>
        <message>
            <source>The person heard the registration notice and agrees</source>
            <translation>本人已听取登记告知并同意</translation>
        </message>
        <message>
            <source>Name (as written)</source>
            <translation>姓名（按证件书写）</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手机号</translation>
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
            <source>Register and check in</source>
            <translation>登记并签到</translation>
        </message>
    </context>
</TS>