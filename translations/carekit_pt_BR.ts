<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR">
    <context>
        <name>AddSiteDialog</name>
        <message>
            <source>Add a site</source>
            <translation>Adicionar um local</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Espaço</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Nobody signed in, so CareKit closes: event data is shown only to a signed-in operator. Start CareKit again to sign in.</source>
            <translation>Ninguém entrou, então o CareKit fecha: os dados do evento só aparecem para um operador conectado. Abra o CareKit de novo para entrar.</translation>
        </message>
    </context>
    <context>
        <name>ApplySetupDialog</name>
        <message>
            <source>Apply a newer setup file</source>
            <translation>Aplicar um arquivo de configuração mais recente</translation>
        </message>
        <message>
            <source>A coordinator gives a newer setup file when the event's keys were rotated or operators were added: this laptop takes the new key, the operators and their PINs from it, and keeps its own data.</source>
            <translation>Um coordenador entrega um arquivo de configuração mais recente quando as chaves do evento foram renovadas ou operadores foram adicionados: este notebook recebe dele a chave nova, os operadores e seus PINs, e mantém seus próprios dados.</translation>
        </message>
        <message>
            <source>Setup file</source>
            <translation>Arquivo de configuração</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase-senha</translation>
        </message>
        <message>
            <source>Choose the setup file first.</source>
            <translation>Primeiro escolha o arquivo de configuração.</translation>
        </message>
    </context>
    <context>
        <name>ArrivalScan</name>
        <message>
            <source>At the pick-up point</source>
            <translation>No ponto de encontro</translation>
        </message>
        <message>
            <source>At the hotel</source>
            <translation>No hotel</translation>
        </message>
        <message>
            <source>Scan a traveller's badge on arrival</source>
            <translation>Escaneie o crachá do viajante na chegada</translation>
        </message>
        <message>
            <source>{name}: already met at {time}, {desk} (this scan was recorded too)</source>
            <translation>{name}: já recebido às {time}, {desk} (esta leitura também foi registrada)</translation>
        </message>
        <message>
            <source>{name}: arrived at {time}</source>
            <translation>{name}: chegou às {time}</translation>
        </message>
    </context>
    <context>
        <name>ArrivalsBoard</name>
        <message>
            <source>Arrivals board</source>
            <translation>Painel de chegadas</translation>
        </message>
        <message>
            <source>Family arrivals</source>
            <translation>Chegadas de familiares</translation>
        </message>
        <message>
            <source>Arrives</source>
            <translation>Chega</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Train / flight</source>
            <translation>Trem / voo</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Vehicle</source>
            <translation>Veículo</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>no horário</translation>
        </message>
        <message>
            <source>landed</source>
            <translation>pousou</translation>
        </message>
        <message>
            <source>picked up</source>
            <translation>embarcado</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>não encontrado</translation>
        </message>
        <message>
            <source>Still missing</source>
            <translation>Ainda não encontrados</translation>
        </message>
        <message>
            <source>Nobody missing</source>
            <translation>Ninguém faltando</translation>
        </message>
    </context>
    <context>
        <name>BadgeActions</name>
        <message>
            <source>Badge</source>
            <translation>Crachá</translation>
        </message>
        <message>
            <source>The badge is ready.</source>
            <translation>O crachá está pronto.</translation>
        </message>
        <message>
            <source>Some characters have no font and print as �:</source>
            <translation>Alguns caracteres não têm fonte e saem impressos como �:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
    </context>
    <context>
        <name>BadgeLayouts</name>
        <message>
            <source>4 × 3 in badge (badge printers)</source>
            <translation>Crachá de 4 × 3 pol. (impressoras de crachás)</translation>
        </message>
        <message>
            <source>A4 label sheet, 2 × 4 (99.1 × 67.7 mm, e.g. L7165)</source>
            <translation>Folha de etiquetas A4, 2 × 4 (99,1 × 67,7 mm, p. ex. L7165)</translation>
        </message>
        <message>
            <source>A4 label sheet, 3 × 8 (63.5 × 33.9 mm, e.g. L7159)</source>
            <translation>Folha de etiquetas A4, 3 × 8 (63,5 × 33,9 mm, p. ex. L7159)</translation>
        </message>
        <message>
            <source>CR80 card, 85.6 × 54 mm (card printers)</source>
            <translation>Cartão CR80, 85,6 × 54 mm (impressoras de cartões)</translation>
        </message>
    </context>
    <context>
        <name>BadgeOnScreen</name>
        <message>
            <source>Badge for {name}</source>
            <translation>Crachá de {name}</translation>
        </message>
    </context>
    <context>
        <name>Badges</name>
        <message>
            <source>WORKER</source>
            <translation>TRABALHADOR</translation>
        </message>
        <message>
            <source>FAMILY</source>
            <translation>FAMILIAR</translation>
        </message>
        <message>
            <source>GUEST</source>
            <translation>CONVIDADO</translation>
        </message>
        <message>
            <source>STAFF</source>
            <translation>EQUIPE</translation>
        </message>
    </context>
    <context>
        <name>BatchBadgeDialog</name>
        <message>
            <source>Print badges</source>
            <translation>Imprimir crachás</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>Todos os locais</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Trabalhadores</translation>
        </message>
        <message>
            <source>Family members</source>
            <translation>Familiares</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Convidados</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Equipe</translation>
        </message>
        <message>
            <source>Only badges not printed yet</source>
            <translation>Só crachás ainda não impressos</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Salvar PDF…</translation>
        </message>
        <message>
            <source>Save badges</source>
            <translation>Salvar crachás</translation>
        </message>
        <message>
            <source>Preparing badges…</source>
            <translation>Preparando crachás…</translation>
        </message>
        <message>
            <source>{done} of {total} badges</source>
            <translation>{done} de {total} crachás</translation>
        </message>
        <message>
            <source>{badges} on {pages} saved to {path}.</source>
            <translation>Salvo em {path}: {badges} em {pages}.</translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s)</source>
            <translation>
                <numerusform>%n crachá</numerusform>
                <numerusform>%n crachás</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message>
            <source>Some characters have no font and print as �:</source>
            <translation>Alguns caracteres não têm fonte e saem impressos como �:</translation>
        </message>
        <message>
            <source>Cancelled: nothing was marked printed.</source>
            <translation>Cancelado: nenhum crachá foi marcado como impresso.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>(sealed health value)</source>
            <translation>(dado de saúde selado)</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Written at</source>
            <translation>Gravado em</translation>
        </message>
        <message>
            <source>Shown now</source>
            <translation>Exibido agora</translation>
        </message>
        <message>
            <source>Keep this value</source>
            <translation>Manter este valor</translation>
        </message>
        <message>
            <source>Only a coordinator resolves conflicts.</source>
            <translation>Só um coordenador resolve conflitos.</translation>
        </message>
        <message>
            <source>Not resolved</source>
            <translation>Não resolvido</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>urgent</source>
            <translation>urgente</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>rotina</translation>
        </message>
        <message>
            <source>sealed here</source>
            <translation>lacrado neste notebook</translation>
        </message>
        <message>
            <source>record not here yet</source>
            <translation>o registro ainda não chegou</translation>
        </message>
        <message>
            <source>no site</source>
            <translation>sem local</translation>
        </message>
        <message>
            <source>Arrivals</source>
            <translation>Chegadas</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Inscritos</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Com check-in</translation>
        </message>
        <message>
            <source>Not yet arrived</source>
            <translation>Ainda não chegaram</translation>
        </message>
        <message>
            <source>Walk-ins</source>
            <translation>Inscrições no local</translation>
        </message>
        <message>
            <source>Badges whose record is not here yet</source>
            <translation>Crachás cujo registro ainda não chegou</translation>
        </message>
        <message>
            <source>Registered and checked in</source>
            <translation>Inscritos e com check-in</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Check-ins per 15 minutes</source>
            <translation>Check-ins a cada 15 minutos</translation>
        </message>
        <message>
            <source>Busiest desks</source>
            <translation>Balcões mais movimentados</translation>
        </message>
        <message>
            <source>Scans per desk</source>
            <translation>Leituras por balcão</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Balcão</translation>
        </message>
        <message>
            <source>Scans</source>
            <translation>Leituras</translation>
        </message>
        <message>
            <source>First check-ins</source>
            <translation>Primeiros check-ins</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Triagem</translation>
        </message>
        <message>
            <source>People screened</source>
            <translation>Pessoas triadas</translation>
        </message>
        <message>
            <source>Screenings per hour are for every site.</source>
            <translation>As triagens por hora são de todos os locais.</translation>
        </message>
        <message>
            <source>People screened per station per hour</source>
            <translation>Pessoas triadas por estação e por hora</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Estação</translation>
        </message>
        <message>
            <source>Hour</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>Flags by kind</source>
            <translation>Alertas por tipo</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Alerta</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>Some records' flags are sealed on this laptop: unlock the health key to count them.</source>
            <translation>Os alertas de alguns registros estão lacrados neste notebook: desbloqueie a chave de saúde para contá-los.</translation>
        </message>
        <message>
            <source>Open referrals</source>
            <translation>Encaminhamentos abertos</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgentes</translation>
        </message>
        <message>
            <source>Open referrals by priority</source>
            <translation>Encaminhamentos abertos por prioridade</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridade</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Laptops</source>
            <translation>Notebooks</translation>
        </message>
        <message>
            <source>Last bundle from each laptop</source>
            <translation>Último pacote de cada notebook</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Notebook</translation>
        </message>
        <message>
            <source>Newest data</source>
            <translation>Dados mais recentes</translation>
        </message>
        <message>
            <source>Bundle imported</source>
            <translation>Pacote importado</translation>
        </message>
        <message>
            <source>this laptop</source>
            <translation>este notebook</translation>
        </message>
        <message>
            <source>Family visits</source>
            <translation>Visitas de familiares</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Esperados</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Chegaram</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Faltando</translation>
        </message>
        <message>
            <source>Travellers by status</source>
            <translation>Viajantes por situação</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Travellers</source>
            <translation>Viajantes</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Treinamento</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessões</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Presentes</translation>
        </message>
        <message>
            <source>Pass rate</source>
            <translation>Taxa de aprovação</translation>
        </message>
        <message>
            <source>Certificates issued</source>
            <translation>Certificados emitidos</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Aprovados</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Reprovados</translation>
        </message>
        <message>
            <source>Not finished</source>
            <translation>Não concluídos</translation>
        </message>
        <message>
            <source>Results of the day's sessions</source>
            <translation>Resultados das sessões do dia</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>Painel</translation>
        </message>
        <message>
            <source>Site:</source>
            <translation>Local:</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Dia:</translation>
        </message>
        <message>
            <source>The day the figures are for; today where the event is, until you pick another.</source>
            <translation>O dia a que os números se referem; hoje no local do evento, até que você escolha outro.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <source>Every site</source>
            <translation>Todos os locais</translation>
        </message>
        <message>
            <source>Figures of {date} · updated {time}</source>
            <translation>Números de {date} · atualizado às {time}</translation>
        </message>
        <message>
            <source>computed in {ms} ms</source>
            <translation>calculado em {ms} ms</translation>
        </message>
        <message>
            <source>this laptop up to {time}</source>
            <translation>este notebook até {time}</translation>
        </message>
        <message>
            <source>{laptop} up to {time} (bundle imported {imported})</source>
            <translation>{laptop} até {time} (pacote importado {imported})</translation>
        </message>
        <message>
            <source>Data: {parts}</source>
            <translation>Dados: {parts}</translation>
        </message>
        <message>
            <source>No data yet.</source>
            <translation>Ainda não há dados.</translation>
        </message>
    </context>
    <context>
        <name>DeskPage</name>
        <message>
            <source>Check-in desk</source>
            <translation>Recepção</translation>
        </message>
        <message>
            <source>Scan a badge or search (name, pinyin, initials, phone, staff id, serial):</source>
            <translation>Leia um crachá ou pesquise (nome, pinyin, iniciais, telefone, matrícula, número de série):</translation>
        </message>
        <message>
            <source>Scan or type…</source>
            <translation>Leia ou digite…</translation>
        </message>
        <message>
            <source>Walk-in (F2)</source>
            <translation>Inscrição no local (F2)</translation>
        </message>
        <message>
            <source>Print badge (F4)</source>
            <translation>Imprimir crachá (F4)</translation>
        </message>
        <message>
            <source>Check in selected (Enter)</source>
            <translation>Fazer check-in do selecionado (Enter)</translation>
        </message>
        <message>
            <source>Open person (Ctrl+E)</source>
            <translation>Abrir pessoa (Ctrl+E)</translation>
        </message>
        <message>
            <source>Enrol in a session (F6)</source>
            <translation>Inscrever em uma turma (F6)</translation>
        </message>
        <message numerus="yes">
            <source>%n registered</source>
            <translation>
                <numerusform>%n inscrito</numerusform>
                <numerusform>%n inscritos</numerusform>
            </translation>
        </message>
        <message>
            <source>{checked} checked in of {registered}</source>
            <translation>{checked} com check-in de {registered}</translation>
        </message>
        <message>
            <source>Nobody found for “{text}”. Check the spelling, try the phone or staff id, or press F2 to register a walk-in.</source>
            <translation>Ninguém encontrado para “{text}”. Confira a grafia, tente o telefone ou a matrícula, ou pressione F2 para fazer uma inscrição no local.</translation>
        </message>
        <message>
            <source>Select a person in the list first (↓ from the search field).</source>
            <translation>Primeiro selecione uma pessoa na lista (↓ a partir do campo de pesquisa).</translation>
        </message>
        <message>
            <source>Select a person in the list first (↓ from the search field), then press F6 to enrol them in a session.</source>
            <translation>Primeiro selecione uma pessoa na lista (↓ a partir do campo de busca) e pressione F6 para inscrevê-la em uma turma.</translation>
        </message>
        <message>
            <source>There is no training session still to come to enrol into.</source>
            <translation>Não há nenhuma turma de treinamento ainda por acontecer para inscrever.</translation>
        </message>
        <message>
            <source>Already enrolled in this session</source>
            <translation>Já inscrito nesta turma</translation>
        </message>
        <message>
            <source>Already on this session's waiting list (#{n})</source>
            <translation>Já está na lista de espera desta turma (nº {n})</translation>
        </message>
        <message>
            <source>Enrolled in the session</source>
            <translation>Inscrito na turma</translation>
        </message>
        <message>
            <source>Session full: on the waiting list (#{n})</source>
            <translation>Turma lotada: na lista de espera (nº {n})</translation>
        </message>
        <message>
            <source>Nobody to print a badge for: scan a badge or select a person in the list, then press F4.</source>
            <translation>Não há para quem imprimir crachá: leia um crachá ou selecione uma pessoa na lista e pressione F4.</translation>
        </message>
    </context>
    <context>
        <name>DeviceDialog</name>
        <message>
            <source>This laptop</source>
            <translation>Este notebook</translation>
        </message>
        <message>
            <source>Desk name</source>
            <translation>Nome do balcão</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Local</translation>
        </message>
    </context>
    <context>
        <name>DuplicateChoice</name>
        <message>
            <source>Already registered?</source>
            <translation>Já está inscrito?</translation>
        </message>
        <message>
            <source>These people already have this phone or staff id. Is the walk-in one of them?</source>
            <translation>Estas pessoas já têm este telefone ou matrícula. A pessoa da inscrição no local é uma delas?</translation>
        </message>
        <message>
            <source>checked in</source>
            <translation>com check-in</translation>
        </message>
        <message>
            <source>not checked in</source>
            <translation>sem check-in</translation>
        </message>
        <message>
            <source>Yes: check this person in</source>
            <translation>Sim: fazer o check-in desta pessoa</translation>
        </message>
        <message>
            <source>No: register as new (flagged as possible duplicate)</source>
            <translation>Não: inscrever como nova (marcada como possível duplicata)</translation>
        </message>
        <message>
            <source>Back to the form</source>
            <translation>Voltar ao formulário</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesView</name>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Maybe the same as</source>
            <translation>Talvez seja a mesma que</translation>
        </message>
        <message>
            <source>Because</source>
            <translation>Porque</translation>
        </message>
        <message>
            <source>Same person: merge into the first…</source>
            <translation>Mesma pessoa: unir à primeira…</translation>
        </message>
        <message>
            <source>Different people</source>
            <translation>Pessoas diferentes</translation>
        </message>
        <message>
            <source>same phone {value}</source>
            <translation>mesmo telefone {value}</translation>
        </message>
        <message>
            <source>same staff id {value}</source>
            <translation>mesma matrícula {value}</translation>
        </message>
        <message>
            <source>Undo the last merge ({absorbed} into {kept})</source>
            <translation>Desfazer a última fusão ({absorbed} em {kept})</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Não feito</translation>
        </message>
        <message>
            <source>Undo merge</source>
            <translation>Desfazer fusão</translation>
        </message>
        <message>
            <source>Give {absorbed} back their own record, badges, consents and check-ins, apart from {kept}?</source>
            <translation>Devolver a {absorbed} seu próprio registro, crachás, consentimentos e check-ins, separado de {kept}?</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Enrol in a training session</source>
            <translation>Inscrever em uma turma de treinamento</translation>
        </message>
        <message>
            <source>Enrol {name} in which session? (↑↓ to choose, Enter to enrol)</source>
            <translation>Inscrever {name} em qual turma? (↑↓ para escolher, Enter para inscrever)</translation>
        </message>
        <message>
            <source>Enrol in this session</source>
            <translation>Inscrever nesta turma</translation>
        </message>
        <message>
            <source>{enrolled}/{capacity} enrolled</source>
            <translation>{enrolled}/{capacity} inscritos</translation>
        </message>
        <message>
            <source>full ({capacity}): joins the waiting list</source>
            <translation>lotada ({capacity}): entra na lista de espera</translation>
        </message>
        <message>
            <source>already enrolled here</source>
            <translation>já inscrito aqui</translation>
        </message>
        <message>
            <source>already on the waiting list here</source>
            <translation>já na lista de espera aqui</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase a person</source>
            <translation>Apagar uma pessoa</translation>
        </message>
        <message>
            <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; The person's name, phone, staff id, employer, city, health records and notes are cleared on this laptop now and on every laptop that receives this laptop's next bundle. Their check-ins stay only as anonymous counts and their badge stops working.</source>
            <translation>&lt;b&gt;Não é possível desfazer.&lt;/b&gt; O nome, telefone, matrícula, empresa, cidade, registros de saúde e observações da pessoa são apagados agora neste notebook e em cada notebook que receber o próximo pacote deste. Os check-ins ficam apenas como contagens anônimas e o crachá deixa de funcionar.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Staff id</source>
            <translation>Matrícula</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Crachá</translation>
        </message>
        <message>
            <source>for example: asked at the desk on 5 December</source>
            <translation>por exemplo: pediu na recepção em 5 de dezembro</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>Apagar definitivamente</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>No event database given: use --db PATH (or --demo).</source>
            <translation>Nenhum banco de dados do evento foi informado: use --db CAMINHO (ou --demo).</translation>
        </message>
        <message>
            <source>Sign in first: name the operator with --operator NAME (or $CAREKIT_OPERATOR) and give the PIN in $CAREKIT_PIN.</source>
            <translation>Entre primeiro: indique o operador com --operator NOME (ou $CAREKIT_OPERATOR) e o PIN em $CAREKIT_PIN.</translation>
        </message>
        <message>
            <source>'{part}' is not FIELD=HEADER (for example name=姓名).</source>
            <translation>'{part}' não está no formato CAMPO=CABEÇALHO (por exemplo name=Nome).</translation>
        </message>
        <message>
            <source>Give the new PIN with --pin.</source>
            <translation>Informe o novo PIN com --pin.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>Os dois PINs são diferentes.</translation>
        </message>
        <message>
            <source>Give the health passphrase in CAREKIT_HEALTH_PASSPHRASE.</source>
            <translation>Informe a frase-senha de saúde em CAREKIT_HEALTH_PASSPHRASE.</translation>
        </message>
        <message>
            <source>Give the event file's passphrase in CAREKIT_DB_PASSPHRASE.</source>
            <translation>Informe a frase-senha do arquivo do evento em CAREKIT_DB_PASSPHRASE.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>As duas frases-senha são diferentes.</translation>
        </message>
        <message>
            <source>This event file is already encrypted.</source>
            <translation>Este arquivo de evento já está criptografado.</translation>
        </message>
        <message>
            <source>{file} already exists; name a new file.</source>
            <translation>{file} já existe; escolha um arquivo novo.</translation>
        </message>
        <message>
            <source>Give the new file's passphrase in CAREKIT_NEW_DB_PASSPHRASE.</source>
            <translation>Informe a frase-senha do arquivo novo em CAREKIT_NEW_DB_PASSPHRASE.</translation>
        </message>
        <message>
            <source>An event passphrase has at least {n} characters.</source>
            <translation>Uma frase-senha do evento tem pelo menos {n} caracteres.</translation>
        </message>
        <message>
            <source>Give the coordinator's PIN with --pin or $CAREKIT_PIN (6 digits or more).</source>
            <translation>Informe o PIN do coordenador com --pin ou $CAREKIT_PIN (6 dígitos ou mais).</translation>
        </message>
        <message>
            <source>Give the new health passphrase in CAREKIT_NEW_HEALTH_PASSPHRASE.</source>
            <translation>Informe a nova frase-senha de saúde em CAREKIT_NEW_HEALTH_PASSPHRASE.</translation>
        </message>
        <message>
            <source>There is no site '{site}'.</source>
            <translation>Não existe o local '{site}'.</translation>
        </message>
        <message>
            <source>'{layout}' is not a badge layout; choose from {choices}.</source>
            <translation>'{layout}' não é um formato de crachá; escolha entre {choices}.</translation>
        </message>
        <message>
            <source>No registrations match: no badges to print.</source>
            <translation>Nenhuma inscrição corresponde: não há crachás para imprimir.</translation>
        </message>
        <message>
            <source>Give the organisation's name for its key.</source>
            <translation>Informe o nome da organização para a chave dela.</translation>
        </message>
        <message>
            <source>No issuing key {key}.</source>
            <translation>Não há chave emissora {key}.</translation>
        </message>
        <message>
            <source>Say who or which laptop the key is for.</source>
            <translation>Diga para quem ou para qual notebook é a chave.</translation>
        </message>
        <message>
            <source>An issuing key is delegated for 1 to {most} days (got {days}).</source>
            <translation>Uma chave emissora é delegada por 1 a {most} dias (recebido {days}).</translation>
        </message>
        <message>
            <source>The organisation's root key is not on this laptop: delegate from the laptop that holds it (or restore its backup there).</source>
            <translation>A chave raiz da organização não está neste notebook: delegue a partir do notebook que a guarda (ou restaure lá o backup dela).</translation>
        </message>
        <message>
            <source>Issuing key {key} was revoked; make a new one.</source>
            <translation>A chave emissora {key} foi revogada; crie uma nova.</translation>
        </message>
        <message>
            <source>Say why the issuing key is revoked.</source>
            <translation>Diga por que a chave emissora é revogada.</translation>
        </message>
        <message>
            <source>This laptop's issuing key {key} expired on {until}: ask a coordinator to delegate a new one.</source>
            <translation>A chave emissora {key} deste notebook expirou em {until}: peça a um coordenador que delegue uma nova.</translation>
        </message>
        <message>
            <source>This laptop's issuing key was revoked: ask a coordinator for a new one.</source>
            <translation>A chave emissora deste notebook foi revogada: peça uma nova a um coordenador.</translation>
        </message>
        <message>
            <source>This laptop's issuing key {key} has no delegation for {day} yet: a coordinator signs it on the root key's laptop, and it arrives with the next bundle.</source>
            <translation>A chave emissora {key} deste notebook ainda não tem delegação para {day}: um coordenador a assina no notebook da chave raiz e ela chega com o próximo pacote de sincronização.</translation>
        </message>
        <message>
            <source>This laptop has no issuing key: request one (keys request) and have a coordinator delegate it.</source>
            <translation>Este notebook não tem chave emissora: solicite uma (keys request) e peça a um coordenador que a delegue.</translation>
        </message>
        <message>
            <source>{file} is damaged.</source>
            <translation>{file} está danificado.</translation>
        </message>
        <message>
            <source>This event has no signing key yet: generate one first.</source>
            <translation>Este evento ainda não tem chave de assinatura: gere uma primeiro.</translation>
        </message>
        <message>
            <source>This is not a CareKit public key file.</source>
            <translation>Este não é um arquivo de chave pública do CareKit.</translation>
        </message>
        <message>
            <source>A certificate is valid for at least one month.</source>
            <translation>Um certificado vale por pelo menos um mês.</translation>
        </message>
        <message>
            <source>Course code, course name and trainer are needed and may not contain '|'.</source>
            <translation>Código do curso, nome do curso e instrutor são obrigatórios e não podem conter '|'.</translation>
        </message>
        <message>
            <source>No person with id {id}.</source>
            <translation>Não há nenhuma pessoa com id {id}.</translation>
        </message>
        <message>
            <source>A name may not contain '|'.</source>
            <translation>Um nome não pode conter '|'.</translation>
        </message>
        <message>
            <source>No certificate with serial {serial}.</source>
            <translation>Não há nenhum certificado com número de série {serial}.</translation>
        </message>
        <message>
            <source>Say why the certificate is revoked.</source>
            <translation>Diga por que o certificado está sendo revogado.</translation>
        </message>
        <message>
            <source>This is not a CareKit badge code. Nothing was recorded.</source>
            <translation>Este não é um código de crachá do CareKit. Nada foi registrado.</translation>
        </message>
        <message>
            <source>The badge code is damaged or incomplete. Scan again or search by name.</source>
            <translation>O código do crachá está danificado ou incompleto. Leia de novo ou pesquise pelo nome.</translation>
        </message>
        <message>
            <source>This badge belongs to another event. Nothing was recorded.</source>
            <translation>Este crachá é de outro evento. Nada foi registrado.</translation>
        </message>
        <message>
            <source>This badge code is forged or altered. Nothing was recorded.</source>
            <translation>Este código de crachá é falso ou foi alterado. Nada foi registrado.</translation>
        </message>
        <message>
            <source>This badge was made with a badge key retired after a laptop was lost, and no such badge was printed here. Nothing was recorded; print the person a new badge.</source>
            <translation>Este crachá foi feito com uma chave de crachás retirada depois que um notebook foi perdido, e nenhum crachá assim foi impresso aqui. Nada foi registrado; imprima um crachá novo para a pessoa.</translation>
        </message>
        <message>
            <source>This registration was cancelled or the person erased. Nothing was recorded.</source>
            <translation>Esta inscrição foi cancelada ou a pessoa foi apagada. Nada foi registrado.</translation>
        </message>
        <message>
            <source>This person's data was erased at their request; the badge is no longer valid. Nothing was recorded.</source>
            <translation>Os dados desta pessoa foram apagados a pedido dela; o crachá não é mais válido. Nada foi registrado.</translation>
        </message>
        <message>
            <source>This conflict was already resolved (perhaps on another laptop).</source>
            <translation>Este conflito já foi resolvido (talvez em outro notebook).</translation>
        </message>
        <message>
            <source>Pick one of the values shown.</source>
            <translation>Escolha um dos valores exibidos.</translation>
        </message>
        <message>
            <source>The record itself has not arrived yet; import the bundle that created it first.</source>
            <translation>O registro ainda não chegou; importe primeiro o pacote que o criou.</translation>
        </message>
        <message>
            <source>This conflict changed meanwhile; look at its values again.</source>
            <translation>Este conflito mudou nesse meio-tempo; veja os valores de novo.</translation>
        </message>
        <message>
            <source>Sign in first.</source>
            <translation>Entre primeiro.</translation>
        </message>
        <message>
            <source>'{kind}' is not a kind of consent.</source>
            <translation>'{kind}' não é um tipo de consentimento.</translation>
        </message>
        <message>
            <source>Say which version of the notice the person was shown.</source>
            <translation>Informe qual versão do aviso foi mostrada à pessoa.</translation>
        </message>
        <message>
            <source>{name} has already given this consent.</source>
            <translation>{name} já deu este consentimento.</translation>
        </message>
        <message>
            <source>There is no such consent to withdraw.</source>
            <translation>Não existe esse consentimento para retirar.</translation>
        </message>
        <message>
            <source>Sign in to see the dashboard.</source>
            <translation>Entre para ver o painel.</translation>
        </message>
        <message>
            <source>'{value}' is not a date; write it as YYYY-MM-DD.</source>
            <translation>'{value}' não é uma data; escreva como AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>The day report is a .pdf file, not {name}.</source>
            <translation>O relatório do dia é um arquivo .pdf, não {name}.</translation>
        </message>
        <message>
            <source>The event needs a name.</source>
            <translation>O evento precisa de um nome.</translation>
        </message>
        <message>
            <source>The event ends ({end}) before it starts ({start}).</source>
            <translation>O evento termina ({end}) antes de começar ({start}).</translation>
        </message>
        <message>
            <source>'{zone}' is not a time zone; use a name such as Asia/Shanghai.</source>
            <translation>'{zone}' não é um fuso horário; use um nome como America/Sao_Paulo.</translation>
        </message>
        <message>
            <source>'{region}' is not a phone region; use a code such as CN or BR.</source>
            <translation>'{region}' não é uma região telefônica; use um código como BR ou MX.</translation>
        </message>
        <message>
            <source>Every site needs a city.</source>
            <translation>Cada local precisa de uma cidade.</translation>
        </message>
        <message>
            <source>Say who is creating the event.</source>
            <translation>Informe quem está criando o evento.</translation>
        </message>
        <message>
            <source>A PIN is at least {low} digits (letters may be added), at most {high} characters.</source>
            <translation>Um PIN tem pelo menos {low} dígitos (pode incluir letras) e no máximo {high} caracteres.</translation>
        </message>
        <message>
            <source>{file} already holds an event; use another file.</source>
            <translation>{file} já contém um evento; use outro arquivo.</translation>
        </message>
        <message>
            <source>This file holds no event yet. Create one, or join one from a setup file.</source>
            <translation>Este arquivo ainda não contém nenhum evento. Crie um ou entre em um a partir de um arquivo de configuração.</translation>
        </message>
        <message>
            <source>This laptop is not part of the event yet.</source>
            <translation>Este notebook ainda não faz parte do evento.</translation>
        </message>
        <message>
            <source>No site called {site} in this event.</source>
            <translation>Não há nenhum local chamado {site} neste evento.</translation>
        </message>
        <message>
            <source>Export to a .csv or .xlsx file, not {name}.</source>
            <translation>Exporte para um arquivo .csv ou .xlsx, não {name}.</translation>
        </message>
        <message>
            <source>'{kind}' is not a list; choose people, checkins, no-shows or walk-ins.</source>
            <translation>'{kind}' não é uma lista; escolha people, checkins, no-shows ou walk-ins.</translation>
        </message>
        <message>
            <source>Export to a .csv, .xlsx or .pdf file, not {name}.</source>
            <translation>Exporte para um arquivo .csv, .xlsx ou .pdf, não {name}.</translation>
        </message>
        <message>
            <source>No operator called {name} in this event.</source>
            <translation>Não há nenhum operador chamado {name} neste evento.</translation>
        </message>
        <message>
            <source>Too many wrong PINs for {name}. Try again in {seconds} s.</source>
            <translation>PINs incorretos demais para {name}. Tente de novo em {seconds} s.</translation>
        </message>
        <message>
            <source>{name} has no PIN on this laptop yet. A coordinator sets it here (Operators, or carekit operator set-pin), or apply a new setup file that carries it.</source>
            <translation>{name} ainda não tem PIN neste notebook. Um coordenador o define aqui (Operadores, ou carekit operator set-pin), ou aplique um novo arquivo de configuração que o traga.</translation>
        </message>
        <message>
            <source>{name} needs a PIN to sign in.</source>
            <translation>{name} precisa de um PIN para entrar.</translation>
        </message>
        <message>
            <source>Wrong PIN. Too many wrong PINs for {name}: try again in {seconds} s.</source>
            <translation>PIN incorreto. PINs incorretos demais para {name}: tente de novo em {seconds} s.</translation>
        </message>
        <message>
            <source>Wrong PIN for {name}.</source>
            <translation>PIN incorreto para {name}.</translation>
        </message>
        <message>
            <source>{name} must choose a new PIN of at least {low} digits before signing in.</source>
            <translation>{name} precisa escolher um PIN novo de pelo menos {low} dígitos antes de entrar.</translation>
        </message>
        <message>
            <source>'{role}' is not a role; use desk, medic, trainer or coordinator.</source>
            <translation>'{role}' não é um papel; use desk (recepção), medic (equipe médica), trainer (instrutor) ou coordinator (coordenador).</translation>
        </message>
        <message>
            <source>Give the operator at least one role.</source>
            <translation>Dê ao operador pelo menos um papel.</translation>
        </message>
        <message>
            <source>The operator needs a name.</source>
            <translation>O operador precisa de um nome.</translation>
        </message>
        <message>
            <source>There is already an operator called {name}.</source>
            <translation>Já existe um operador chamado {name}.</translation>
        </message>
        <message>
            <source>You cannot retire yourself; ask another coordinator.</source>
            <translation>Você não pode desativar a si mesmo; peça a outro coordenador.</translation>
        </message>
        <message>
            <source>{name} is the event's only coordinator; name another one first.</source>
            <translation>{name} é o único coordenador do evento; nomeie outro primeiro.</translation>
        </message>
        <message>
            <source>No such person.</source>
            <translation>Essa pessoa não existe.</translation>
        </message>
        <message>
            <source>The name is missing.</source>
            <translation>Falta o nome.</translation>
        </message>
        <message>
            <source>No person with the id, badge serial or badge code '{ref}'.</source>
            <translation>Não há nenhuma pessoa com o id, número de série ou código de crachá '{ref}'.</translation>
        </message>
        <message>
            <source>withheld: health records are shown only to medics and coordinators</source>
            <translation>reservado: os registros de saúde só são mostrados à equipe médica e aos coordenadores</translation>
        </message>
        <message>
            <source>sealed: unlock the health data on this laptop to include health values and referrals in the clear</source>
            <translation>lacrado: desbloqueie os dados de saúde neste notebook para incluir em claro os valores de saúde e os encaminhamentos</translation>
        </message>
        <message>
            <source>Say why the person is erased (for example: 'asked at the desk'); nothing was erased.</source>
            <translation>Diga por que a pessoa está sendo apagada (por exemplo: 'pediu na recepção'); nada foi apagado.</translation>
        </message>
        <message>
            <source>The reason is longer than {limit} characters; nothing was erased.</source>
            <translation>O motivo tem mais de {limit} caracteres; nada foi apagado.</translation>
        </message>
        <message>
            <source>This person was already erased.</source>
            <translation>Esta pessoa já foi apagada.</translation>
        </message>
        <message>
            <source>'{value}' is not a referral destination.</source>
            <translation>'{value}' não é um destino de encaminhamento.</translation>
        </message>
        <message>
            <source>No such referral.</source>
            <translation>Esse encaminhamento não existe.</translation>
        </message>
        <message>
            <source>A referral that is {old} cannot become {new}.</source>
            <translation>Um encaminhamento que está {old} não pode passar para {new}.</translation>
        </message>
        <message>
            <source>line {line}: the row has {cells} cells but the header has {columns}; is a separator or quote missing?</source>
            <translation>linha {line}: a linha tem {cells} células, mas o cabeçalho tem {columns}; falta um separador ou aspas?</translation>
        </message>
        <message>
            <source>line {line}: the {field} is {length} characters long; at most {limit} fit.</source>
            <translation>linha {line}: o campo {field} tem {length} caracteres; cabem no máximo {limit}.</translation>
        </message>
        <message>
            <source>line {line}: the {field} holds a control character ({code}); it was not imported.</source>
            <translation>linha {line}: o campo {field} contém um caractere de controle ({code}); não foi importada.</translation>
        </message>
        <message>
            <source>line {line}: the name is missing.</source>
            <translation>linha {line}: falta o nome.</translation>
        </message>
        <message>
            <source>line {line}: the name '{name}' is a date, not a name; is the name column right?</source>
            <translation>linha {line}: o nome '{name}' é uma data, não um nome; a coluna do nome está certa?</translation>
        </message>
        <message>
            <source>line {line}: phone '{phone}' lost its digits to Excel's scientific notation; format the column as text and export again.</source>
            <translation>linha {line}: o telefone '{phone}' perdeu dígitos com a notação científica do Excel; formate a coluna como texto e exporte de novo.</translation>
        </message>
        <message>
            <source>line {line}: phone '{phone}' is not a valid number</source>
            <translation>linha {line}: o telefone '{phone}' não é um número válido</translation>
        </message>
        <message>
            <source>line {line}: phone '{phone}' is not a valid number for region {region}</source>
            <translation>linha {line}: o telefone '{phone}' não é um número válido para a região {region}</translation>
        </message>
        <message>
            <source>line {line}: staff id '{staff}' lost its digits to Excel's scientific notation.</source>
            <translation>linha {line}: a matrícula '{staff}' perdeu dígitos com a notação científica do Excel.</translation>
        </message>
        <message>
            <source>line {line}: category '{category}' is not one of worker, family, guest, staff.</source>
            <translation>linha {line}: a categoria '{category}' não é worker, family, guest nem staff.</translation>
        </message>
        <message>
            <source>The event has no site in '{city}'; its sites are: {sites}.</source>
            <translation>O evento não tem local em '{city}'; os locais são: {sites}.</translation>
        </message>
        <message>
            <source>line {line}: phone {phone} has a mobile's length for {region} but is in no known number range; imported as it is, please check it.</source>
            <translation>linha {line}: o telefone {phone} tem o tamanho de um celular de {region}, mas não está em nenhuma faixa conhecida; foi importado como está, confira.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <translation>A importação foi cancelada; nada foi gravado.</translation>
        </message>
        <message>
            <source>{file} starts as UTF-16 text but cannot be read as it; save it again as CSV UTF-8 or as XLSX.</source>
            <translation>{file} começa como texto UTF-16, mas não pode ser lido assim; salve de novo como CSV UTF-8 ou XLSX.</translation>
        </message>
        <message>
            <source>{file} is neither UTF-8 nor GBK nor Big5 text; save it again as CSV UTF-8 or as XLSX.</source>
            <translation>{file} não é texto UTF-8, GBK nem Big5; salve de novo como CSV UTF-8 ou XLSX.</translation>
        </message>
        <message>
            <source>line {line}: this line is not {encoding} like the rest of the file (was it pasted from another file?); it was not imported. Type it again or save the whole file as CSV UTF-8.</source>
            <translation>linha {line}: esta linha não está em {encoding} como o resto do arquivo (foi colada de outro arquivo?); não foi importada. Digite de novo ou salve o arquivo inteiro como CSV UTF-8.</translation>
        </message>
        <message>
            <source>line {line}: the line holds a NUL byte (binary data); it was not imported.</source>
            <translation>linha {line}: a linha contém um byte NUL (dados binários); não foi importada.</translation>
        </message>
        <message>
            <source>line {line}: the line is {length} characters long, more than a roster line can be ({limit}); it was not imported.</source>
            <translation>linha {line}: a linha tem {length} caracteres, mais do que uma linha da lista pode ter ({limit}); não foi importada.</translation>
        </message>
        <message>
            <source>line {line}: the file cannot be read as CSV ({detail}).</source>
            <translation>linha {line}: o arquivo não pode ser lido como CSV ({detail}).</translation>
        </message>
        <message>
            <source>{file} cannot be opened as an Excel workbook ({detail}).</source>
            <translation>{file} não pode ser aberto como pasta de trabalho do Excel ({detail}).</translation>
        </message>
        <message>
            <source>line {line}: the row holds binary data or is {length} characters long (at most {limit}); it was not imported.</source>
            <translation>linha {line}: a linha contém dados binários ou tem {length} caracteres (no máximo {limit}); não foi importada.</translation>
        </message>
        <message>
            <source>{file} is an old Excel 97 file; save it as XLSX or CSV UTF-8 first.</source>
            <translation>{file} é um arquivo antigo do Excel 97; salve primeiro como XLSX ou CSV UTF-8.</translation>
        </message>
        <message>
            <source>{file} is not a text file; save the roster as CSV or XLSX.</source>
            <translation>{file} não é um arquivo de texto; salve a lista como CSV ou XLSX.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {detail}</source>
            <translation>{file} não pode ser lido: {detail}</translation>
        </message>
        <message>
            <source>{file} is empty: the first line should name the columns.</source>
            <translation>{file} está vazio: a primeira linha deve nomear as colunas.</translation>
        </message>
        <message>
            <source>'{field}' is not a roster field; use one of {fields}.</source>
            <translation>'{field}' não é um campo da lista; use um de {fields}.</translation>
        </message>
        <message>
            <source>The file has no column {column}.</source>
            <translation>O arquivo não tem a coluna {column}.</translation>
        </message>
        <message>
            <source>{file}: no column holds the names. The first line should name the columns (for example 姓名, Name, Nombre or Nome); found: {headers}.</source>
            <translation>{file}: nenhuma coluna contém os nomes. A primeira linha deve nomear as colunas (por exemplo 姓名, Name, Nombre ou Nome); encontrado: {headers}.</translation>
        </message>
        <message>
            <source>The file has no column '{column}'; its columns are: {headers}.</source>
            <translation>O arquivo não tem a coluna '{column}'; as colunas são: {headers}.</translation>
        </message>
        <message>
            <source>{label} is missing.</source>
            <translation>Falta {label}.</translation>
        </message>
        <message>
            <source>{label}: '{text}' is not a number.</source>
            <translation>{label}: '{text}' não é um número.</translation>
        </message>
        <message>
            <source>{label}: {text} is outside the plausible range {low}–{high} {unit}.</source>
            <translation>{label}: {text} está fora da faixa plausível {low}–{high} {unit}.</translation>
        </message>
        <message>
            <source>{label}: '{text}' is not a Snellen fraction such as 6/6 or 20/40.</source>
            <translation>{label}: '{text}' não é uma fração de Snellen como 6/6 ou 20/40.</translation>
        </message>
        <message>
            <source>{label}: '{text}' is not one of the choices.</source>
            <translation>{label}: '{text}' não é uma das opções.</translation>
        </message>
        <message>
            <source>{label}: give both systolic and diastolic.</source>
            <translation>{label}: informe a sistólica e a diastólica.</translation>
        </message>
        <message>
            <source>The idle lock is 1 to 240 minutes.</source>
            <translation>O bloqueio por inatividade é de 1 a 240 minutos.</translation>
        </message>
        <message>
            <source>'{value}' is not a BMI standard; use who or china.</source>
            <translation>'{value}' não é um padrão de IMC; use who ou china.</translation>
        </message>
        <message>
            <source>This is not a valid badge of this event.</source>
            <translation>Este não é um crachá válido deste evento.</translation>
        </message>
        <message>
            <source>This badge is valid but its person has not reached this laptop yet. Sync first.</source>
            <translation>Este crachá é válido, mas a pessoa ainda não chegou a este notebook. Sincronize primeiro.</translation>
        </message>
        <message>
            <source>'{station}' is not a station.</source>
            <translation>'{station}' não é uma estação.</translation>
        </message>
        <message>
            <source>{name} has not given health consent: nothing was saved.</source>
            <translation>{name} não deu consentimento de saúde: nada foi salvo.</translation>
        </message>
        <message>
            <source>The record to correct is not this person's {station} record.</source>
            <translation>O registro a corrigir não é o registro de {station} desta pessoa.</translation>
        </message>
        <message>
            <source>No such screening record.</source>
            <translation>Esse registro de triagem não existe.</translation>
        </message>
        <message>
            <source>Use a passphrase of at least {n} characters.</source>
            <translation>Use uma frase-senha de pelo menos {n} caracteres.</translation>
        </message>
        <message>
            <source>Capabilities are desk, station, training and coordinator.</source>
            <translation>As capacidades são desk (balcão), station (estação), training (treinamento) e coordinator (coordenação).</translation>
        </message>
        <message>
            <source>Only a laptop with the coordinator capability hands out setup files.</source>
            <translation>Só um notebook com a capacidade de coordenação entrega arquivos de configuração.</translation>
        </message>
        <message>
            <source>{file} already holds an event; join from a new file.</source>
            <translation>{file} já contém um evento; entre a partir de um arquivo novo.</translation>
        </message>
        <message>
            <source>{file} was made by an older CareKit and grants this laptop nothing; ask the coordinator for a new setup file.</source>
            <translation>{file} foi feito por um CareKit mais antigo e não concede nada a este notebook; peça ao coordenador um arquivo de configuração novo.</translation>
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation>A exportação foi cancelada.</translation>
        </message>
        <message>
            <source>{file} carries only changes made after what this laptop lacks: from {laptop} it assumes everything up to {needed}, and this laptop has {held}. Import a full bundle (or the earlier ones) from that laptop first; nothing was imported.</source>
            <translation>{file} traz só mudanças posteriores ao que falta neste notebook: de {laptop} ele supõe tudo até {needed}, e este notebook tem {held}. Importe antes um pacote completo (ou os anteriores) desse notebook; nada foi importado.</translation>
        </message>
        <message>
            <source>{file} is encrypted with event keys this laptop does not have: a coordinator rotated them. Apply the new setup file here (carekit event rekey --setup FILE); nothing was imported.</source>
            <translation>{file} está cifrado com chaves do evento que este notebook não tem: um coordenador as renovou. Aplique aqui o novo arquivo de configuração (carekit event rekey --setup ARQUIVO); nada foi importado.</translation>
        </message>
        <message>
            <source>The event file stayed busy with another import or a long write for {minutes} minutes; {file} was not imported. Try again when that has finished.</source>
            <translation>O arquivo do evento ficou ocupado por {minutes} minutos com outra importação ou uma gravação longa; {file} não foi importado. Tente de novo quando ela terminar.</translation>
        </message>
        <message>
            <source>{file} comes from {laptop}, which this laptop does not know yet, under the event keys from before they were rotated. Apply the new setup file on {laptop} first; nothing was imported.</source>
            <translation>{file} vem de {laptop}, que este notebook ainda não conhece, com as chaves do evento de antes da renovação. Aplique primeiro o novo arquivo de configuração em {laptop}; nada foi importado.</translation>
        </message>
        <message>
            <source>Only a laptop with the coordinator capability rotates the event's keys.</source>
            <translation>Só um notebook com a capacidade de coordenador renova as chaves do evento.</translation>
        </message>
        <message>
            <source>{file} belongs to another event ({other}); nothing was imported.</source>
            <translation>{file} é de outro evento ({other}); nada foi importado.</translation>
        </message>
        <message>
            <source>{file} was not made from this event's coordinator laptops (another root key); nothing was imported.</source>
            <translation>{file} não foi feito nos notebooks de coordenação deste evento (outra chave raiz); nada foi importado.</translation>
        </message>
        <message>
            <source>The merge could not start its own process ({error}); nothing was imported.</source>
            <translation>A mesclagem não conseguiu iniciar seu próprio processo ({error}); nada foi importado.</translation>
        </message>
        <message>
            <source>{file} could not be merged: {error}. Nothing of it was imported.</source>
            <translation>Não foi possível mesclar {file}: {error}. Nada dele foi importado.</translation>
        </message>
        <message>
            <source>The import of {file} was cancelled; nothing was imported.</source>
            <translation>A importação de {file} foi cancelada; nada foi importado.</translation>
        </message>
        <message>
            <source>The merge of {file} stopped before it finished: its process ended unexpectedly (exit code {code}). Nothing of {file} was imported; import it again.</source>
            <translation>A mesclagem de {file} parou antes de terminar: seu processo terminou inesperadamente (código de saída {code}). Nada de {file} foi importado; importe-o de novo.</translation>
        </message>
        <message>
            <source>Write the person's name.</source>
            <translation>Escreva o nome da pessoa.</translation>
        </message>
        <message>
            <source>Read the registration notice to the person and tick their consent first.</source>
            <translation>Primeiro leia o aviso de inscrição para a pessoa e marque o consentimento dela.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nome</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telefone</translation>
        </message>
        <message>
            <source>staff id</source>
            <translation>matrícula</translation>
        </message>
        <message>
            <source>employer</source>
            <translation>empresa</translation>
        </message>
        <message>
            <source>job</source>
            <translation>função</translation>
        </message>
        <message>
            <source>city</source>
            <translation>cidade</translation>
        </message>
        <message>
            <source>language</source>
            <translation>idioma</translation>
        </message>
        <message>
            <source>category</source>
            <translation>categoria</translation>
        </message>
        <message>
            <source>The {field} is {length} characters long; at most {limit} fit.</source>
            <translation>O campo {field} tem {length} caracteres; cabem no máximo {limit}.</translation>
        </message>
        <message>
            <source>The {field} holds a control character ({code}); remove it and save again.</source>
            <translation>O campo {field} contém um caractere de controle ({code}); remova-o e salve de novo.</translation>
        </message>
        <message>
            <source>Phone '{phone}' is not a valid number.</source>
            <translation>O telefone '{phone}' não é um número válido.</translation>
        </message>
        <message>
            <source>Choose a category.</source>
            <translation>Escolha uma categoria.</translation>
        </message>
        <message>
            <source>Choose a job.</source>
            <translation>Escolha uma função.</translation>
        </message>
        <message>
            <source>'{field}' cannot be edited here.</source>
            <translation>'{field}' não pode ser editado aqui.</translation>
        </message>
        <message>
            <source>{name} was merged into another record; edit that one.</source>
            <translation>{name} foi unido a outro registro; edite aquele.</translation>
        </message>
        <message>
            <source>Say why the check-in is annulled.</source>
            <translation>Diga por que o check-in está sendo anulado.</translation>
        </message>
        <message>
            <source>No such check-in.</source>
            <translation>Esse check-in não existe.</translation>
        </message>
        <message>
            <source>This check-in was annulled already.</source>
            <translation>Este check-in já foi anulado.</translation>
        </message>
        <message>
            <source>No worker '{worker}' is registered.</source>
            <translation>Nenhum trabalhador '{worker}' está inscrito.</translation>
        </message>
        <message>
            <source>{name} is not a worker ({category}); a traveller visits a registered worker.</source>
            <translation>{name} não é trabalhador ({category}); um viajante visita um trabalhador inscrito.</translation>
        </message>
        <message>
            <source>'{person}' is not a traveller of this event.</source>
            <translation>'{person}' não é viajante deste evento.</translation>
        </message>
        <message>
            <source>Write the traveller's name.</source>
            <translation>Escreva o nome do viajante.</translation>
        </message>
        <message>
            <source>'{value}' is not a relationship; use one of {choices}.</source>
            <translation>'{value}' não é um parentesco; use um de {choices}.</translation>
        </message>
        <message>
            <source>'{value}' is not an age band; use one of {choices}.</source>
            <translation>'{value}' não é uma faixa etária; use uma de {choices}.</translation>
        </message>
        <message>
            <source>'{value}' is not a need; use {choices}.</source>
            <translation>'{value}' não é uma necessidade; use {choices}.</translation>
        </message>
        <message>
            <source>Phone '{phone}' is not a valid number for region {region}.</source>
            <translation>O telefone '{phone}' não é um número válido para a região {region}.</translation>
        </message>
        <message>
            <source>{name} cannot travel without an adult: add an adult of {worker}'s family first.</source>
            <translation>{name} não pode viajar sem um adulto: adicione primeiro um adulto da família de {worker}.</translation>
        </message>
        <message>
            <source>'{value}' is not a traveller status; use one of {choices}.</source>
            <translation>'{value}' não é uma situação de viajante; use uma de {choices}.</translation>
        </message>
        <message>
            <source>{operator} may only mark travellers arrived; other changes need a coordinator.</source>
            <translation>{operator} só pode marcar a chegada de viajantes; outras mudanças exigem um coordenador.</translation>
        </message>
        <message>
            <source>{person} is already {current}; a status does not go back to {status}.</source>
            <translation>{person} já está {current}; uma situação não volta para {status}.</translation>
        </message>
        <message>
            <source>{operator} may not do this: it needs the role {roles}.</source>
            <translation>{operator} não pode fazer isto: é preciso o papel {roles}.</translation>
        </message>
        <message>
            <source>This person's data was erased at their request; it cannot be edited.</source>
            <translation>Os dados desta pessoa foram apagados a pedido dela; não podem ser editados.</translation>
        </message>
        <message>
            <source>{file} does not exist.</source>
            <translation>{file} não existe.</translation>
        </message>
        <message>
            <source>{file} is not a complete CareKit bundle (truncated or damaged); nothing was imported. Copy it again from the laptop that made it.</source>
            <translation>{file} não é um pacote completo do CareKit (truncado ou danificado); nada foi importado. Copie de novo a partir do notebook que o gerou.</translation>
        </message>
        <message>
            <source>{file} has an unreadable manifest; nothing was imported.</source>
            <translation>{file} tem um manifesto ilegível; nada foi importado.</translation>
        </message>
        <message>
            <source>{file} was made by a newer CareKit (bundle format {format}, this app reads {known}). Update CareKit on this laptop; nothing was imported.</source>
            <translation>{file} foi gerado por um CareKit mais novo (formato de pacote {format}, este app lê {known}). Atualize o CareKit neste notebook; nada foi importado.</translation>
        </message>
        <message>
            <source>{file} was signed by a laptop the event does not know; nothing was imported.</source>
            <translation>{file} foi assinado por um notebook que o evento não conhece; nada foi importado.</translation>
        </message>
        <message>
            <source>{file} claims to come from {device}, but with another key than that laptop's; nothing was imported.</source>
            <translation>{file} diz vir de {device}, mas com outra chave que não a desse notebook; nada foi importado.</translation>
        </message>
        <message>
            <source>{file} was changed after it was made (its signature does not match); nothing was imported.</source>
            <translation>{file} foi alterado depois de gerado (a assinatura não confere); nada foi importado.</translation>
        </message>
        <message>
            <source>{file} holds {member}, which a CareKit bundle never holds (or holds twice); nothing was imported.</source>
            <translation>{file} contém {member}, que um pacote do CareKit nunca contém (ou contém duas vezes); nada foi importado.</translation>
        </message>
        <message>
            <source>{file} is larger than a CareKit bundle may be ({member} unpacks to {size} MB); nothing was imported.</source>
            <translation>{file} é maior do que um pacote do CareKit pode ser ({member} descompacta para {size} MB); nada foi importado.</translation>
        </message>
        <message>
            <source>{file} unpacks to more than a CareKit bundle may hold ({size} MB at least); nothing was imported.</source>
            <translation>{file} descompacta para mais do que um pacote do CareKit pode conter (pelo menos {size} MB); nada foi importado.</translation>
        </message>
        <message>
            <source>{file} could not be decrypted and checked with this event's key; nothing was imported.</source>
            <translation>{file} não pôde ser decifrado nem verificado com a chave deste evento; nada foi importado.</translation>
        </message>
        <message>
            <source>The bundle holds data this CareKit does not know ({what}); update CareKit on this laptop. Nothing was imported.</source>
            <translation>O pacote contém dados que este CareKit não conhece ({what}); atualize o CareKit neste notebook. Nada foi importado.</translation>
        </message>
        <message>
            <source>{file} holds changes made by {laptop}, which a coordinator has removed from the event; nothing was imported.</source>
            <translation>{file} contém mudanças feitas por {laptop}, que um coordenador retirou do evento; nada foi importado.</translation>
        </message>
        <message>
            <source>{file} holds a change to {change} said to come from {laptop}, without that laptop's valid signature; nothing was imported.</source>
            <translation>{file} contém uma mudança em {change} que diz vir de {laptop}, sem a assinatura válida desse notebook; nada foi importado.</translation>
        </message>
        <message>
            <source>{file} was refused: {laptop} changed {change}, which its capabilities ({capabilities}) do not allow; nothing was imported.</source>
            <translation>{file} foi recusado: {laptop} mudou {change}, o que suas capacidades ({capabilities}) não permitem; nada foi importado.</translation>
        </message>
        <message>
            <source>{file} was refused: on {laptop}, {change} was changed by an operator who did not hold a role allowed to change it at that time; nothing was imported.</source>
            <translation>{file} foi recusado: em {laptop}, {change} foi mudado por um operador que naquele momento não tinha um papel que o permitisse; nada foi importado.</translation>
        </message>
        <message>
            <source>{file} was made by {laptop}, which holds no capabilities granted by this event's coordinator; nothing was imported.</source>
            <translation>{file} foi feito por {laptop}, que não tem capacidades concedidas pelo coordenador deste evento; nada foi importado.</translation>
        </message>
        <message>
            <source>The bundle holds a revision that cannot be read.</source>
            <translation>O pacote contém uma revisão que não pode ser lida.</translation>
        </message>
        <message>
            <source>{file} was refused: it holds an assessment (person {person}, written score {score}) from {laptop} that does not match the trainer's signature, so it was changed after it was recorded; nothing was imported.</source>
            <translation>{file} foi recusado: contém uma avaliação (pessoa {person}, nota escrita {score}) de {laptop} que não confere com a assinatura do instrutor, ou seja, foi alterada depois de registrada; nada foi importado.</translation>
        </message>
        <message>
            <source>{file} is not a CareKit event-setup file (or it is damaged).</source>
            <translation>{file} não é um arquivo de configuração de evento do CareKit (ou está danificado).</translation>
        </message>
        <message>
            <source>A backup passphrase has at least {count} characters.</source>
            <translation>A frase-senha do backup tem pelo menos {count} caracteres.</translation>
        </message>
        <message>
            <source>{file} is not a CareKit root key backup (or it is damaged).</source>
            <translation>{file} não é um backup de chave raiz do CareKit (ou está danificado).</translation>
        </message>
        <message>
            <source>{file} was made by a newer CareKit; update CareKit on this laptop.</source>
            <translation>{file} foi gerado por um CareKit mais novo; atualize o CareKit neste notebook.</translation>
        </message>
        <message>
            <source>The passphrase does not open {file} (or the file was changed).</source>
            <translation>A frase-senha não abre {file} (ou o arquivo foi alterado).</translation>
        </message>
        <message>
            <source>Arrivals are scanned at the pick-up point or the hotel, not at '{point}'.</source>
            <translation>As chegadas são lidas no ponto de embarque ou no hotel, não em '{point}'.</translation>
        </message>
        <message>
            <source>{name} is not an expected traveller (no journey to the event). Nothing was recorded.</source>
            <translation>{name} não é um viajante esperado (sem viagem para o evento). Nada foi registrado.</translation>
        </message>
        <message>
            <source>No vehicle '{vehicle}'.</source>
            <translation>Não existe o veículo '{vehicle}'.</translation>
        </message>
        <message>
            <source>Worker '{worker}' has no travelling family.</source>
            <translation>O trabalhador '{worker}' não tem familiares viajando.</translation>
        </message>
        <message>
            <source>A pick-up window is 5 to 1440 minutes, not {minutes}.</source>
            <translation>Uma janela de embarque vai de 5 a 1440 minutos, não {minutes}.</translation>
        </message>
        <message>
            <source>A vehicle seats 1 to 80 travellers, not {capacity}.</source>
            <translation>Um veículo leva de 1 a 80 viajantes, não {capacity}.</translation>
        </message>
        <message>
            <source>{vehicle} has {seated} travellers; it cannot seat only {capacity}.</source>
            <translation>{vehicle} tem {seated} viajantes; não pode ter só {capacity} lugares.</translation>
        </message>
        <message>
            <source>{vehicle} is full ({capacity} seats).</source>
            <translation>{vehicle} está lotado ({capacity} lugares).</translation>
        </message>
        <message>
            <source>Give both the hotel and the room.</source>
            <translation>Informe o hotel e o quarto.</translation>
        </message>
        <message>
            <source>'{value}' is not a room type; use one of {choices}.</source>
            <translation>'{value}' não é um tipo de quarto; use um de {choices}.</translation>
        </message>
        <message>
            <source>A stay is 1 to 60 nights, not {nights}.</source>
            <translation>Uma estadia vai de 1 a 60 noites, não {nights}.</translation>
        </message>
        <message>
            <source>Room {room} at {hotel} is a {type} room for {capacity}; it already holds {count}.</source>
            <translation>O quarto {room} do {hotel} é {type} para {capacity}; já tem {count}.</translation>
        </message>
        <message>
            <source>{what}: '{value}' is not a time; write it as 2026-12-04 16:30 Asia/Shanghai.</source>
            <translation>{what}: '{value}' não é um horário; escreva como 2026-12-04 16:30 America/Sao_Paulo.</translation>
        </message>
        <message>
            <source>{what}: '{zone}' is not a time zone; use a name such as Asia/Shanghai.</source>
            <translation>{what}: '{zone}' não é um fuso horário; use um nome como America/Sao_Paulo.</translation>
        </message>
        <message>
            <source>{what}: the place is missing.</source>
            <translation>{what}: falta o lugar.</translation>
        </message>
        <message>
            <source>{what}: '{place}' is not a known station or airport; check the spelling or use its code.</source>
            <translation>{what}: '{place}' não é uma estação ou aeroporto conhecido; confira a grafia ou use o código.</translation>
        </message>
        <message>
            <source>{what}: {place} keeps {zone} time, not {given}.</source>
            <translation>{what}: {place} segue o horário de {zone}, não {given}.</translation>
        </message>
        <message>
            <source>'{value}' is not a way to travel; use one of {choices}.</source>
            <translation>'{value}' não é um meio de transporte; use um de {choices}.</translation>
        </message>
        <message>
            <source>'{value}' is neither outbound nor return.</source>
            <translation>'{value}' não é ida nem volta.</translation>
        </message>
        <message>
            <source>A {mode} needs its number, such as G1234 or MU5101.</source>
            <translation>Um {mode} precisa do número, como G1234 ou MU5101.</translation>
        </message>
        <message>
            <source>{number} arrives ({arrives}) before it departs ({departs}), once time zones are counted.</source>
            <translation>{number} chega ({arrives}) antes de partir ({departs}), considerando os fusos horários.</translation>
        </message>
        <message>
            <source>A leg needs at least one traveller.</source>
            <translation>Um trecho precisa de pelo menos um viajante.</translation>
        </message>
        <message>
            <source>No travel leg '{leg}'.</source>
            <translation>Não existe o trecho de viagem '{leg}'.</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>linha {line}: {problem}</translation>
        </message>
        <message>
            <source>line {line}: no traveller '{value}'.</source>
            <translation>linha {line}: não há nenhum viajante '{value}'.</translation>
        </message>
        <message>
            <source>line {line}: no single traveller named '{name}' in the family of worker '{worker}'.</source>
            <translation>linha {line}: na família do trabalhador '{worker}' não há um único viajante chamado '{name}'.</translation>
        </message>
        <message>
            <source>{file}: the columns {missing} are missing; found: {headers}.</source>
            <translation>{file}: faltam as colunas {missing}; encontrado: {headers}.</translation>
        </message>
        <message>
            <source>Write the notice's text.</source>
            <translation>Escreva o texto do aviso.</translation>
        </message>
        <message>
            <source>The notice is {length} characters long; at most {limit} fit.</source>
            <translation>O aviso tem {length} caracteres; cabem no máximo {limit}.</translation>
        </message>
        <message>
            <source>Give --session, or all of --person, --course-code, --course-name, --months and --trainer (missing: {missing}).</source>
            <translation>Informe --session, ou todos estes: --person, --course-code, --course-name, --months e --trainer (faltando: {missing}).</translation>
        </message>
        <message>
            <source>Say which session: --session ID.</source>
            <translation>Diga qual sessão: --session ID.</translation>
        </message>
        <message>
            <source>'{skill}' is not a skill of course {code} (its skills: {skills}). Nothing was recorded.</source>
            <translation>'{skill}' não é uma habilidade do curso {code} (habilidades dele: {skills}). Nada foi registrado.</translation>
        </message>
        <message>
            <source>A written score is from 0 to 100 (got {score}). Nothing was recorded.</source>
            <translation>Uma nota escrita vai de 0 a 100 (recebido {score}). Nada foi registrado.</translation>
        </message>
        <message>
            <source>'{skill}' is given as both passed and not passed. Nothing was recorded.</source>
            <translation>'{skill}' aparece como aprovada e como não aprovada. Nada foi registrado.</translation>
        </message>
        <message>
            <source>{person} is not enrolled in this session, so cannot be assessed.</source>
            <translation>{person} não está inscrito nesta sessão, então não pode ser avaliado.</translation>
        </message>
        <message>
            <source>The assessment of {person} (attempt {attempt}, written score {score}) does not match the trainer's signature: it was changed after it was recorded, or never signed. Nothing was issued; the trainer records the assessment again.</source>
            <translation>A avaliação de {person} (tentativa {attempt}, nota escrita {score}) não confere com a assinatura do instrutor: foi alterada depois de registrada ou nunca foi assinada. Nada foi emitido; o instrutor registra a avaliação de novo.</translation>
        </message>
        <message>
            <source>This badge is genuine but its registration has not reached this laptop yet: sync, then scan again. Nothing was recorded.</source>
            <translation>Este crachá é autêntico, mas a inscrição ainda não chegou a este notebook: sincronize e leia de novo. Nada foi registrado.</translation>
        </message>
        <message>
            <source>{name} has no scan in for this session: scan in first. Nothing was recorded.</source>
            <translation>{name} não tem leitura de entrada nesta sessão: leia a entrada primeiro. Nada foi registrado.</translation>
        </message>
        <message>
            <source>{name} has no scan in before {time}: scan in first. Nothing was recorded.</source>
            <translation>{name} não tem leitura de entrada antes de {time}: leia a entrada primeiro. Nada foi registrado.</translation>
        </message>
        <message>
            <source>{name} is enrolled in {course} at {time} (session {session}), not in this one. Nothing was recorded.</source>
            <translation>{name} está inscrito em {course} às {time} (sessão {session}), não nesta. Nada foi registrado.</translation>
        </message>
        <message>
            <source>{name} is on the waiting list of this session, not enrolled. Nothing was recorded.</source>
            <translation>{name} está na lista de espera desta sessão, não inscrito. Nada foi registrado.</translation>
        </message>
        <message>
            <source>{name} is not enrolled in this session. Enrol them as a walk-in if there is room. Nothing was recorded.</source>
            <translation>{name} não está inscrito nesta sessão. Inscreva no local se houver vaga. Nada foi registrado.</translation>
        </message>
        <message>
            <source>{name} is not enrolled and the session is full ({capacity}). Nothing was recorded.</source>
            <translation>{name} não está inscrito e a sessão está lotada ({capacity}). Nada foi registrado.</translation>
        </message>
        <message>
            <source>{time} is not during this session ({start} to {end}). Nothing was recorded.</source>
            <translation>{time} não está dentro desta sessão ({start} a {end}). Nada foi registrado.</translation>
        </message>
        <message>
            <source>Say why the attendance is corrected.</source>
            <translation>Diga por que a presença está sendo corrigida.</translation>
        </message>
        <message>
            <source>Give the right time, or say the scan did not happen.</source>
            <translation>Informe o horário certo ou diga que a leitura não aconteceu.</translation>
        </message>
        <message>
            <source>No attendance scan with id {id}.</source>
            <translation>Não há nenhuma leitura de presença com id {id}.</translation>
        </message>
        <message>
            <source>{file} has no course or session column; add one, or give the session.</source>
            <translation>{file} não tem coluna de curso nem de sessão; adicione uma ou informe a sessão.</translation>
        </message>
        <message>
            <source>{file} has no staff id, phone or person id column to find each person by.</source>
            <translation>{file} não tem coluna de matrícula, telefone ou id da pessoa para encontrar cada um.</translation>
        </message>
        <message>
            <source>line {line}: no training session {session}.</source>
            <translation>linha {line}: não existe a sessão de treinamento {session}.</translation>
        </message>
        <message>
            <source>line {line}: nobody registered with staff id '{staff}' or phone '{phone}'. Nobody was enrolled.</source>
            <translation>linha {line}: ninguém inscrito com matrícula '{staff}' ou telefone '{phone}'. Ninguém foi matriculado.</translation>
        </message>
        <message>
            <source>line {line}: the course is empty. Nobody was enrolled.</source>
            <translation>linha {line}: o curso está vazio. Ninguém foi matriculado.</translation>
        </message>
        <message>
            <source>line {line}: no course with code {code}. Nobody was enrolled.</source>
            <translation>linha {line}: não há nenhum curso com código {code}. Ninguém foi matriculado.</translation>
        </message>
        <message>
            <source>line {line}: course {code} has {count} sessions; give the session id instead. Nobody was enrolled.</source>
            <translation>linha {line}: o curso {code} tem {count} sessões; informe o id da sessão. Ninguém foi matriculado.</translation>
        </message>
        <message>
            <source>The window is a number of days from 0 up (got {days}).</source>
            <translation>A janela é um número de dias a partir de 0 (recebido {days}).</translation>
        </message>
        <message>
            <source>A course needs a code and a name.</source>
            <translation>Um curso precisa de um código e um nome.</translation>
        </message>
        <message>
            <source>A course's code and name may not contain '|'.</source>
            <translation>O código e o nome de um curso não podem conter '|'.</translation>
        </message>
        <message>
            <source>Course hours must be more than 0 and at most 200 (got {hours}).</source>
            <translation>A carga horária deve ser maior que 0 e no máximo 200 (recebido {hours}).</translation>
        </message>
        <message>
            <source>The pass mark is a score from 0 to 100 (got {mark}).</source>
            <translation>A nota mínima vai de 0 a 100 (recebido {mark}).</translation>
        </message>
        <message>
            <source>Minimum attendance is a percentage from 0 to 100 (got {value}).</source>
            <translation>A presença mínima é uma porcentagem de 0 a 100 (recebido {value}).</translation>
        </message>
        <message>
            <source>A course is either 'full' or 'renewal' (got '{kind}').</source>
            <translation>Um curso é 'full' (completo) ou 'renewal' (reciclagem) (recebido '{kind}').</translation>
        </message>
        <message>
            <source>A renewal course says how many months after expiry a certificate may still be renewed.</source>
            <translation>Um curso de reciclagem diz quantos meses após o vencimento um certificado ainda pode ser renovado.</translation>
        </message>
        <message>
            <source>Each practical skill needs a name, and each is listed once.</source>
            <translation>Cada habilidade prática precisa de um nome e aparece uma só vez.</translation>
        </message>
        <message>
            <source>There is already a course {code}.</source>
            <translation>Já existe um curso {code}.</translation>
        </message>
        <message>
            <source>No course with code {code}.</source>
            <translation>Não há nenhum curso com código {code}.</translation>
        </message>
        <message>
            <source>{what}: '{value}' is not a time; write it as YYYY-MM-DD HH:MM.</source>
            <translation>{what}: '{value}' não é um horário; escreva como AAAA-MM-DD HH:MM.</translation>
        </message>
        <message>
            <source>{name} does not have the trainer role, so cannot lead a session.</source>
            <translation>{name} não tem o papel de instrutor, então não pode conduzir uma sessão.</translation>
        </message>
        <message>
            <source>No site '{site}' in this event.</source>
            <translation>Não existe o local '{site}' neste evento.</translation>
        </message>
        <message>
            <source>A session's capacity is at least 1 (got {capacity}).</source>
            <translation>A capacidade de uma sessão é de pelo menos 1 (recebido {capacity}).</translation>
        </message>
        <message>
            <source>The session ends ({end}) before it starts ({start}).</source>
            <translation>A sessão termina ({end}) antes de começar ({start}).</translation>
        </message>
        <message>
            <source>No training session with id {id}.</source>
            <translation>Não há nenhuma sessão de treinamento com id {id}.</translation>
        </message>
        <message>
            <source>{operator} may not do this: only the session's trainer or a coordinator may.</source>
            <translation>{operator} não pode fazer isto: só o instrutor da sessão ou um coordenador.</translation>
        </message>
        <message>
            <source>{person} is not enrolled in this session.</source>
            <translation>{person} não está inscrito nesta sessão.</translation>
        </message>
        <message>
            <source>These two are already one person.</source>
            <translation>Estas duas já são uma só pessoa.</translation>
        </message>
        <message>
            <source>No such merge.</source>
            <translation>Essa fusão não existe.</translation>
        </message>
        <message>
            <source>This merge was already undone (perhaps on another laptop).</source>
            <translation>Esta fusão já foi desfeita (talvez em outro notebook).</translation>
        </message>
        <message>
            <source>The health passphrase needs at least {n} characters.</source>
            <translation>A frase-senha de saúde precisa de pelo menos {n} caracteres.</translation>
        </message>
        <message>
            <source>This event has no health passphrase yet: a coordinator sets one first (carekit health set-passphrase).</source>
            <translation>Este evento ainda não tem frase-senha de saúde: um coordenador deve defini-la primeiro (carekit health set-passphrase).</translation>
        </message>
        <message>
            <source>This event already has a health passphrase; change it instead.</source>
            <translation>Este evento já tem uma frase-senha de saúde; altere-a em vez disso.</translation>
        </message>
        <message>
            <source>That is not the health passphrase of this event.</source>
            <translation>Essa não é a frase-senha de saúde deste evento.</translation>
        </message>
        <message>
            <source>The event's health key is damaged; ask the coordinator to sync again.</source>
            <translation>A chave de saúde do evento está danificada; peça ao coordenador para sincronizar de novo.</translation>
        </message>
        <message>
            <source>Unlock the health data on this laptop first: it needs the health passphrase.</source>
            <translation>Desbloqueie primeiro os dados de saúde neste notebook: é preciso a frase-senha de saúde.</translation>
        </message>
        <message>
            <source>A sealed value of {table} {row} does not open: it was changed or damaged.</source>
            <translation>Um valor selado de {table} {row} não abre: foi alterado ou danificado.</translation>
        </message>
        <message>
            <source>Certificate {serial} was issued before the key chain; issue it again to export it.</source>
            <translation>O certificado {serial} foi emitido antes da cadeia de chaves; emita-o novamente para exportá-lo.</translation>
        </message>
        <message>
            <source>Certificate {serial} was signed on another laptop; export its credential there.</source>
            <translation>O certificado {serial} foi assinado em outro notebook; exporte a credencial lá.</translation>
        </message>
        <message>
            <source>{file} cannot be read as a credential JSON file.</source>
            <translation>{file} não pode ser lido como arquivo JSON de credencial.</translation>
        </message>
        <message>
            <source>No laptop called {name} in this event.</source>
            <translation>Não há nenhum notebook chamado {name} neste evento.</translation>
        </message>
        <message>
            <source>Several laptops are called {name}; rename one first.</source>
            <translation>Vários notebooks se chamam {name}; renomeie um primeiro.</translation>
        </message>
        <message>
            <source>A laptop cannot remove itself; remove it from another coordinator laptop.</source>
            <translation>Um notebook não pode retirar a si mesmo; faça isso em outro notebook de coordenação.</translation>
        </message>
        <message>
            <source>A merge is writing to the event file and this scan cannot be kept meanwhile: the file {file} beside it is damaged. Nothing was recorded; scan again when the merge has finished, and ask for support.</source>
            <translation>Uma mesclagem está gravando no arquivo do evento e esta leitura não pode ser guardada enquanto isso: o arquivo {file} ao lado dele está danificado. Nada foi registrado; escaneie de novo quando a mesclagem terminar e peça ajuda ao suporte.</translation>
        </message>
    </context>
    <context>
        <name>EventFiles</name>
        <message>
            <source>Open event</source>
            <translation>Abrir evento</translation>
        </message>
        <message>
            <source>CareKit events (*.carekit *.db);;All files (*)</source>
            <translation>Eventos do CareKit (*.carekit *.db);;Todos os arquivos (*)</translation>
        </message>
    </context>
    <context>
        <name>ExportSetupDialog</name>
        <message>
            <source>Export the setup file</source>
            <translation>Exportar o arquivo de configuração</translation>
        </message>
        <message>
            <source>Other laptops join this event from this file. Give the file and the passphrase separately (the passphrase never on the same stick).</source>
            <translation>Os outros notebooks entram neste evento com este arquivo. Entregue o arquivo e a frase-senha separadamente (nunca a frase-senha no mesmo pendrive).</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Salvar como</translation>
        </message>
        <message>
            <source>Passphrase (8+ characters)</source>
            <translation>Frase-senha (8+ caracteres)</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Repita a frase-senha</translation>
        </message>
        <message>
            <source>CareKit setup files (*.cksetup)</source>
            <translation>Arquivos de configuração do CareKit (*.cksetup)</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>As duas frases-senha são diferentes.</translation>
        </message>
    </context>
    <context>
        <name>Family</name>
        <message>
            <source>♿ Wheelchair</source>
            <translation>♿ Cadeira de rodas</translation>
        </message>
        <message>
            <source>Elderly</source>
            <translation>Idoso</translation>
        </message>
        <message>
            <source>Infant</source>
            <translation>Bebê</translation>
        </message>
        <message>
            <source>Pregnant</source>
            <translation>Gestante</translation>
        </message>
        <message>
            <source>Halal</source>
            <translation>Halal</translation>
        </message>
        <message>
            <source>Vegetarian</source>
            <translation>Vegetariano</translation>
        </message>
        <message>
            <source>Medical</source>
            <translation>Médica</translation>
        </message>
        <message>
            <source>parent</source>
            <translation>pai ou mãe</translation>
        </message>
        <message>
            <source>spouse</source>
            <translation>cônjuge</translation>
        </message>
        <message>
            <source>child</source>
            <translation>filho ou filha</translation>
        </message>
        <message>
            <source>sibling</source>
            <translation>irmão ou irmã</translation>
        </message>
        <message>
            <source>other relative</source>
            <translation>outro parente</translation>
        </message>
        <message>
            <source>infant (under 2)</source>
            <translation>bebê (menos de 2 anos)</translation>
        </message>
        <message>
            <source>child (2-17)</source>
            <translation>criança (2-17 anos)</translation>
        </message>
        <message>
            <source>adult</source>
            <translation>adulto</translation>
        </message>
        <message>
            <source>elderly (65 and over)</source>
            <translation>idoso (65 anos ou mais)</translation>
        </message>
        <message>
            <source>flight</source>
            <translation>avião</translation>
        </message>
        <message>
            <source>train</source>
            <translation>trem</translation>
        </message>
        <message>
            <source>coach</source>
            <translation>ônibus</translation>
        </message>
        <message>
            <source>car</source>
            <translation>carro</translation>
        </message>
        <message>
            <source>to the event</source>
            <translation>ida ao evento</translation>
        </message>
        <message>
            <source>home again</source>
            <translation>volta para casa</translation>
        </message>
        <message>
            <source>single room (1)</source>
            <translation>quarto individual (1)</translation>
        </message>
        <message>
            <source>double room (2)</source>
            <translation>quarto de casal (2)</translation>
        </message>
        <message>
            <source>twin room (2)</source>
            <translation>quarto com duas camas (2)</translation>
        </message>
        <message>
            <source>triple room (3)</source>
            <translation>quarto triplo (3)</translation>
        </message>
        <message>
            <source>family room (4)</source>
            <translation>quarto família (4)</translation>
        </message>
        <message>
            <source>invited</source>
            <translation>convidado</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmado</translation>
        </message>
        <message>
            <source>ticketed</source>
            <translation>com passagem</translation>
        </message>
        <message>
            <source>travelling</source>
            <translation>a caminho</translation>
        </message>
        <message>
            <source>arrived</source>
            <translation>chegou</translation>
        </message>
        <message>
            <source>departed</source>
            <translation>partiu</translation>
        </message>
        <message>
            <source>home</source>
            <translation>em casa</translation>
        </message>
        <message>
            <source>Meet at {place}; leaves at {leaves}</source>
            <translation>Ponto de encontro: {place}; sai às {leaves}</translation>
        </message>
        <message>
            <source>Driver: {driver} {phone}</source>
            <translation>Motorista: {driver} {phone}</translation>
        </message>
        <message>
            <source>♿ Wheelchair accessible vehicle</source>
            <translation>♿ Veículo acessível para cadeira de rodas</translation>
        </message>
        <message>
            <source>visiting {worker} · {phone}</source>
            <translation>visitando {worker} · {phone}</translation>
        </message>
        <message>
            <source>{number} arrives {time} at {place}</source>
            <translation>{number} chega às {time} em {place}</translation>
        </message>
        <message>
            <source>Headcount: {count}</source>
            <translation>Pessoas: {count}</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>página {page} de {pages}</translation>
        </message>
        <message>
            <source>Driver manifests</source>
            <translation>Listas dos motoristas</translation>
        </message>
        <message>
            <source>Hotel</source>
            <translation>Hotel</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Quarto</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>First night</source>
            <translation>Primeira noite</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Noites</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Romanised</source>
            <translation>Romanizado</translation>
        </message>
        <message>
            <source>Rooming list</source>
            <translation>Lista de quartos</translation>
        </message>
        <message>
            <source>No room: {name}</source>
            <translation>Sem quarto: {name}</translation>
        </message>
        <message>
            <source>Travellers by status</source>
            <translation>Viajantes por situação</translation>
        </message>
        <message>
            <source>Meals for the caterer</source>
            <translation>Refeições para o bufê</translation>
        </message>
        <message>
            <source>Regular</source>
            <translation>Comum</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Necessidades</translation>
        </message>
        <message>
            <source>Wheelchairs per vehicle</source>
            <translation>Cadeiras de rodas por veículo</translation>
        </message>
        <message>
            <source>Rooms used</source>
            <translation>Quartos usados</translation>
        </message>
        <message>
            <source>{rooms} rooms, {guests} guests in {beds} beds</source>
            <translation>{rooms} quartos, {guests} hóspedes em {beds} camas</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Quantidade</translation>
        </message>
        <message>
            <source>Family visit: the day's summary</source>
            <translation>Visita da família: resumo do dia</translation>
        </message>
    </context>
    <context>
        <name>FamilyPage</name>
        <message>
            <source>Family visits</source>
            <translation>Visitas de familiares</translation>
        </message>
        <message>
            <source>Arrivals board (full screen)</source>
            <translation>Painel de chegadas (tela cheia)</translation>
        </message>
        <message>
            <source>Travellers</source>
            <translation>Viajantes</translation>
        </message>
        <message>
            <source>Vehicles</source>
            <translation>Veículos</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Definir situação</translation>
        </message>
        <message>
            <source>&amp;Add a traveller…</source>
            <translation>&amp;Adicionar um viajante…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>Travel &amp;legs…</source>
            <translation>&amp;Trechos…</translation>
        </message>
        <message>
            <source>&amp;Room…</source>
            <translation>&amp;Quarto…</translation>
        </message>
        <message>
            <source>&amp;Import the travel agent's file…</source>
            <translation>&amp;Importar o arquivo da agência…</translation>
        </message>
        <message>
            <source>Enter or double-click edits the traveller</source>
            <translation>Enter ou clique duplo edita o viajante</translation>
        </message>
        <message>
            <source>Family of</source>
            <translation>Família de</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Parentesco</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Necessidades</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Documento de identidade</translation>
        </message>
        <message>
            <source>{expected} expected · {arrived} arrived · {missing} missing</source>
            <translation>{expected} esperados · {arrived} chegaram · {missing} faltando</translation>
        </message>
        <message>
            <source>Only coordinators change the family-visit plan.</source>
            <translation>Só coordenadores alteram o plano das visitas de familiares.</translation>
        </message>
        <message>
            <source>locked — unlock with the health passphrase</source>
            <translation>bloqueado — desbloqueie com a frase de saúde</translation>
        </message>
        <message>
            <source>Select a traveller first.</source>
            <translation>Primeiro selecione um viajante.</translation>
        </message>
    </context>
    <context>
        <name>GuideBrowser</name>
        <message>
            <source>The user guide is not included in this copy of CareKit.</source>
            <translation>Esta cópia do CareKit não inclui o guia do usuário.</translation>
        </message>
        <message>
            <source>This page is not part of the user guide shipped with CareKit. Press Alt+Left to go back.</source>
            <translation>Esta página não faz parte do guia do usuário que acompanha o CareKit. Pressione Alt+Esquerda para voltar.</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>CareKit user guide</source>
            <translation>Guia do usuário do CareKit</translation>
        </message>
    </context>
    <context>
        <name>ImportRosterDialog</name>
        <message>
            <source>Import roster</source>
            <translation>Importar lista</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Escolher arquivo…</translation>
        </message>
        <message>
            <source>A CSV (UTF-8 or GBK) or XLSX file exported by HR</source>
            <translation>Um arquivo CSV (UTF-8 ou GBK) ou XLSX exportado pelo RH</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Qual coluna contém o quê</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(não está no arquivo)</translation>
        </message>
        <message>
            <source>Registered at site</source>
            <translation>Inscritos no local</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Choose a roster</source>
            <translation>Escolha uma lista</translation>
        </message>
        <message>
            <source>Rosters (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
            <translation>Listas (*.csv *.txt *.tsv *.xlsx);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Lendo…</translation>
        </message>
        <message>
            <source>column {0}</source>
            <translation>coluna {0}</translation>
        </message>
        <message>
            <source>No column is recognised as the name: choose it above.</source>
            <translation>Nenhuma coluna foi reconhecida como o nome: escolha acima.</translation>
        </message>
        <message>
            <source>Excel workbook, first sheet: {0} rows</source>
            <translation>Pasta de trabalho do Excel, primeira planilha: {0} linhas</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>vírgula</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>ponto e vírgula</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulação</translation>
        </message>
        <message>
            <source>{0} text, separated by {1}: {2} rows</source>
            <translation>Texto {0}, separado por {1}: {2} linhas</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>Imported {0} people ({1} flagged as possible duplicates), {2} unchanged, {3} rejected.</source>
            <translation>Foram importadas {0} pessoas ({1} marcadas como possíveis duplicatas), {2} sem alteração, {3} rejeitadas.</translation>
        </message>
        <message>
            <source>Imported, but worth checking:</source>
            <translation>Importadas, mas vale conferir:</translation>
        </message>
        <message>
            <source>No line was rejected.</source>
            <translation>Nenhuma linha foi rejeitada.</translation>
        </message>
    </context>
    <context>
        <name>JoinEventDialog</name>
        <message>
            <source>Join an event</source>
            <translation>Entrar em um evento</translation>
        </message>
        <message>
            <source>Choose the setup file the coordinator exported and type its passphrase.</source>
            <translation>Escolha o arquivo de configuração que o coordenador exportou e digite a frase-senha dele.</translation>
        </message>
        <message>
            <source>for example: desk 3</source>
            <translation>por exemplo: balcão 3</translation>
        </message>
        <message>
            <source>Setup file</source>
            <translation>Arquivo de configuração</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase-senha</translation>
        </message>
        <message>
            <source>This laptop's desk name</source>
            <translation>Nome do balcão deste notebook</translation>
        </message>
        <message>
            <source>Save the event as</source>
            <translation>Salvar o evento como</translation>
        </message>
        <message>
            <source>Choose the setup file first.</source>
            <translation>Primeiro escolha o arquivo de configuração.</translation>
        </message>
        <message>
            <source>{file} exists already; choose another name.</source>
            <translation>{file} já existe; escolha outro nome.</translation>
        </message>
    </context>
    <context>
        <name>KeysDialog</name>
        <message>
            <source>Signing keys</source>
            <translation>Chaves de assinatura</translation>
        </message>
        <message>
            <source>Generate this organisation's key…</source>
            <translation>Gerar a chave desta organização…</translation>
        </message>
        <message>
            <source>Export public key…</source>
            <translation>Exportar chave pública…</translation>
        </message>
        <message>
            <source>Trust another organisation's key…</source>
            <translation>Confiar na chave de outra organização…</translation>
        </message>
        <message>
            <source>Certificates are signed with the organisation's key; employers verify them with the exported public key.</source>
            <translation>Os certificados são assinados com a chave da organização; os empregadores os verificam com a chave pública exportada.</translation>
        </message>
        <message>
            <source>signing</source>
            <translation>assinatura</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>confiável</translation>
        </message>
        <message>
            <source>Organisation name</source>
            <translation>Nome da organização</translation>
        </message>
        <message>
            <source>Export public key</source>
            <translation>Exportar chave pública</translation>
        </message>
        <message>
            <source>Trust a public key</source>
            <translation>Confiar em uma chave pública</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Worker</source>
            <translation>Trabalhador</translation>
        </message>
        <message>
            <source>Family member</source>
            <translation>Familiar</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Convidado</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Equipe</translation>
        </message>
        <message>
            <source>Rider</source>
            <translation>Entregador</translation>
        </message>
        <message>
            <source>Courier</source>
            <translation>Mensageiro</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>Armazém</translation>
        </message>
        <message>
            <source>Customer service</source>
            <translation>Atendimento ao cliente</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>Motorista</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Outro</translation>
        </message>
        <message>
            <source>desk volunteer</source>
            <translation>voluntário da recepção</translation>
        </message>
        <message>
            <source>medic</source>
            <translation>equipe médica</translation>
        </message>
        <message>
            <source>trainer</source>
            <translation>instrutor</translation>
        </message>
        <message>
            <source>coordinator</source>
            <translation>coordenador</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Inscrição</translation>
        </message>
        <message>
            <source>Health screening</source>
            <translation>Triagem de saúde</translation>
        </message>
        <message>
            <source>Sharing with the employer</source>
            <translation>Compartilhamento com o empregador</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Fotos</translation>
        </message>
    </context>
    <context>
        <name>LegDialog</name>
        <message>
            <source>Add a leg for {name}</source>
            <translation>Adicionar um trecho para {name}</translation>
        </message>
        <message>
            <source>Correct the leg {number}</source>
            <translation>Corrigir o trecho {number}</translation>
        </message>
        <message>
            <source>&amp;Direction:</source>
            <translation>&amp;Sentido:</translation>
        </message>
        <message>
            <source>&amp;Travels by:</source>
            <translation>&amp;Viaja de:</translation>
        </message>
        <message>
            <source>Train or flight &amp;number:</source>
            <translation>&amp;Número do trem ou voo:</translation>
        </message>
        <message>
            <source>&amp;From (station or airport):</source>
            <translation>&amp;De (estação ou aeroporto):</translation>
        </message>
        <message>
            <source>D&amp;eparts (local time):</source>
            <translation>&amp;Sai (hora local):</translation>
        </message>
        <message>
            <source>T&amp;o (station or airport):</source>
            <translation>&amp;Para (estação ou aeroporto):</translation>
        </message>
        <message>
            <source>&amp;Arrives (local time):</source>
            <translation>&amp;Chega (hora local):</translation>
        </message>
        <message>
            <source>&amp;Booking reference:</source>
            <translation>Código da &amp;reserva:</translation>
        </message>
        <message>
            <source>2026-12-04 08:00 (the zone of the place unless written)</source>
            <translation>2026-12-04 08:00 (o fuso do local, se não for escrito)</translation>
        </message>
        <message>
            <source>2026-12-04 16:30</source>
            <translation>2026-12-04 16:30</translation>
        </message>
        <message>
            <source>The whole &amp;family travels on this leg</source>
            <translation>A &amp;família toda viaja neste trecho</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>local time at {place}: {zone}</source>
            <translation>hora local em {place}: {zone}</translation>
        </message>
    </context>
    <context>
        <name>LegsDialog</name>
        <message>
            <source>Travel legs of {name}</source>
            <translation>Trechos de {name}</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sentido</translation>
        </message>
        <message>
            <source>Train or flight</source>
            <translation>Trem ou voo</translation>
        </message>
        <message>
            <source>Departs</source>
            <translation>Sai</translation>
        </message>
        <message>
            <source>Arrives</source>
            <translation>Chega</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>Reserva</translation>
        </message>
        <message>
            <source>&amp;Add a leg…</source>
            <translation>&amp;Adicionar um trecho…</translation>
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation>&amp;Corrigir…</translation>
        </message>
        <message>
            <source>Ca&amp;ncel this leg…</source>
            <translation>Ca&amp;ncelar este trecho…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Select a leg first.</source>
            <translation>Selecione um trecho primeiro.</translation>
        </message>
        <message numerus="yes">
            <source>Cancel {number} from {place} for %n traveller(s)? Their pick-up may need planning again.</source>
            <translation>
                <numerusform>Cancelar o {number} saindo de {place} para %n viajante? Talvez seja preciso planejar a busca de novo.</numerusform>
                <numerusform>Cancelar o {number} saindo de {place} para %n viajantes? Talvez seja preciso planejar a busca de novo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel a leg</source>
            <translation>Cancelar um trecho</translation>
        </message>
        <message>
            <source>Cancel the leg</source>
            <translation>Cancelar o trecho</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Manter</translation>
        </message>
        <message>
            <source>{number} was cancelled.</source>
            <translation>{number} foi cancelado.</translation>
        </message>
    </context>
    <context>
        <name>Lists</name>
        <message>
            <source>Badge</source>
            <translation>Crachá</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Romanised</source>
            <translation>Romanizado</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Staff id</source>
            <translation>Matrícula</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Empregador</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Função</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Registered from</source>
            <translation>Inscrito a partir de</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Com check-in</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Balcão</translation>
        </message>
        <message>
            <source>Stations visited</source>
            <translation>Estações visitadas</translation>
        </message>
        <message>
            <source>Open referrals</source>
            <translation>Encaminhamentos abertos</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Onde</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>Ponto</translation>
        </message>
        <message>
            <source>Repeat scan</source>
            <translation>Leitura repetida</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Inscrição</translation>
        </message>
        <message>
            <source>Registered people</source>
            <translation>Pessoas inscritas</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <source>Registered but not checked in</source>
            <translation>Inscritos que não fizeram check-in</translation>
        </message>
        <message>
            <source>Walk-ins</source>
            <translation>Inscrições no local</translation>
        </message>
        <message>
            <source>every site</source>
            <translation>todos os locais</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n linha</numerusform>
                <numerusform>%n linhas</numerusform>
            </translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>página {page} de {pages}</translation>
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
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>New event…</source>
            <translation>Novo evento…</translation>
        </message>
        <message>
            <source>Open event…</source>
            <translation>Abrir evento…</translation>
        </message>
        <message>
            <source>Join an event from a setup file…</source>
            <translation>Entrar em um evento a partir de um arquivo de configuração…</translation>
        </message>
        <message>
            <source>Export the setup file for other laptops…</source>
            <translation>Exportar o arquivo de configuração para outros notebooks…</translation>
        </message>
        <message>
            <source>Apply a newer setup file (new keys, operators' PINs)…</source>
            <translation>Aplicar um arquivo de configuração mais recente (chaves novas, PINs dos operadores)…</translation>
        </message>
        <message>
            <source>Switch operator / sign out…</source>
            <translation>Trocar de operador / sair…</translation>
        </message>
        <message>
            <source>Operators and settings…</source>
            <translation>Operadores e configurações…</translation>
        </message>
        <message>
            <source>Consent notices…</source>
            <translation>Avisos de consentimento…</translation>
        </message>
        <message>
            <source>Import roster…</source>
            <translation>Importar lista…</translation>
        </message>
        <message>
            <source>Export sync bundle…</source>
            <translation>Exportar pacote de sincronização…</translation>
        </message>
        <message>
            <source>Import sync bundles…</source>
            <translation>Importar pacotes de sincronização…</translation>
        </message>
        <message>
            <source>Print badges…</source>
            <translation>Imprimir crachás…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Sair</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>&amp;Evento</translation>
        </message>
        <message>
            <source>Add site…</source>
            <translation>Adicionar local…</translation>
        </message>
        <message>
            <source>This laptop…</source>
            <translation>Este notebook…</translation>
        </message>
        <message>
            <source>Export the selected person's data…</source>
            <translation>Exportar os dados da pessoa selecionada…</translation>
        </message>
        <message>
            <source>Erase the selected person…</source>
            <translation>Apagar a pessoa selecionada…</translation>
        </message>
        <message>
            <source>Only a coordinator may do this.</source>
            <translation>Só um coordenador pode fazer isto.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Guia do usuário</translation>
        </message>
        <message>
            <source>{event} · {desk} · {file}</source>
            <translation>{event} · {desk} · {file}</translation>
        </message>
        <message>
            <source>Operator: {name}</source>
            <translation>Operador: {name}</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge two people</source>
            <translation>Unir duas pessoas</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Mantida</translation>
        </message>
        <message>
            <source>Merged into the one kept</source>
            <translation>Unida à mantida</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Staff id</source>
            <translation>Matrícula</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Empregador</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Crachá</translation>
        </message>
        <message>
            <source>{right} becomes {left}: their badges, consents and check-ins move to {left}. The last merge can be undone from the Sync page.</source>
            <translation>{right} passa a ser {left}: crachás, consentimentos e check-ins vão para {left}. A última fusão pode ser desfeita na página Sincronizar.</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Unir</translation>
        </message>
    </context>
    <context>
        <name>NewEventDialog</name>
        <message>
            <source>New event</source>
            <translation>Novo evento</translation>
        </message>
        <message>
            <source>One site per line: City: venue</source>
            <translation>Um local por linha: Cidade: espaço</translation>
        </message>
        <message>
            <source>Event name</source>
            <translation>Nome do evento</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fim</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuso horário</translation>
        </message>
        <message>
            <source>Phone region</source>
            <translation>Região telefônica</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>Locais</translation>
        </message>
        <message>
            <source>Your name (coordinator)</source>
            <translation>Seu nome (coordenador)</translation>
        </message>
        <message>
            <source>Your PIN ({low}–{high} digits)</source>
            <translation>Seu PIN ({low}–{high} dígitos)</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN de novo</translation>
        </message>
        <message>
            <source>Health passphrase (10+ characters, for medics)</source>
            <translation>Frase-senha de saúde (10+ caracteres, para a equipe médica)</translation>
        </message>
        <message>
            <source>Encrypt the file with passphrase (optional)</source>
            <translation>Criptografar o arquivo com frase-senha (opcional)</translation>
        </message>
        <message>
            <source>This laptop's desk name</source>
            <translation>Nome do balcão deste notebook</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Salvar como</translation>
        </message>
        <message>
            <source>Choose a PIN for yourself: the event's coordinator needs one.</source>
            <translation>Escolha um PIN para você: o coordenador do evento precisa de um.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>Os dois PINs são diferentes.</translation>
        </message>
        <message>
            <source>{file} exists already; choose another name.</source>
            <translation>{file} já existe; escolha outro nome.</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Consent: {kind}</source>
            <translation>Consentimento: {kind}</translation>
        </message>
        <message>
            <source>Read or hand this notice to {name} before asking for consent.</source>
            <translation>Leia ou entregue este aviso a {name} antes de pedir o consentimento.</translation>
        </message>
        <message>
            <source>Notice version {version}</source>
            <translation>Versão do aviso {version}</translation>
        </message>
        <message>
            <source>The person agrees: record consent</source>
            <translation>A pessoa concorda: registrar consentimento</translation>
        </message>
        <message>
            <source>Print notice</source>
            <translation>Imprimir aviso</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Agora não</translation>
        </message>
    </context>
    <context>
        <name>Notices</name>
        <message>
            <source>Notice version {version} · {language}</source>
            <translation>Aviso versão {version} · {language}</translation>
        </message>
    </context>
    <context>
        <name>NoticesDialog</name>
        <message>
            <source>Consent notices</source>
            <translation>Avisos de consentimento</translation>
        </message>
        <message>
            <source>Publish as a new version</source>
            <translation>Publicar como nova versão</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Finalidade</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>Em vigor</translation>
        </message>
        <message>
            <source>version {version} (built in)</source>
            <translation>versão {version} (embutida)</translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>versão {version}</translation>
        </message>
        <message>
            <source>Published as version {version}; new consents name it.</source>
            <translation>Publicado como versão {version}; os novos consentimentos a registram.</translation>
        </message>
    </context>
    <context>
        <name>OperatorsDialog</name>
        <message>
            <source>Operators and settings</source>
            <translation>Operadores e configurações</translation>
        </message>
        <message>
            <source>Add an operator</source>
            <translation>Adicionar um operador</translation>
        </message>
        <message>
            <source>Screening settings</source>
            <translation>Configurações de triagem</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Papéis</translation>
        </message>
        <message>
            <source>PIN ({low}–{high} digits)</source>
            <translation>PIN ({low}–{high} dígitos)</translation>
        </message>
        <message>
            <source>Selected operator</source>
            <translation>Operador selecionado</translation>
        </message>
        <message>
            <source>New PIN ({low}–{high} digits)</source>
            <translation>Novo PIN ({low}–{high} dígitos)</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Repita o novo PIN</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>Definir PIN</translation>
        </message>
        <message>
            <source>Change roles</source>
            <translation>Alterar papéis</translation>
        </message>
        <message>
            <source>Retire operator…</source>
            <translation>Desativar operador…</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN de novo</translation>
        </message>
        <message>
            <source>Add operator</source>
            <translation>Adicionar operador</translation>
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation>Bloquear após minutos de inatividade</translation>
        </message>
        <message>
            <source>BMI standard</source>
            <translation>Padrão de IMC</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Salvar configurações</translation>
        </message>
        <message>
            <source>no PIN on this laptop: set one</source>
            <translation>sem PIN neste notebook: defina um</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>Os dois PINs são diferentes.</translation>
        </message>
        <message>
            <source>New PIN set for {name}.</source>
            <translation>Novo PIN definido para {name}.</translation>
        </message>
        <message>
            <source>Roles of {name} changed.</source>
            <translation>Os papéis de {name} foram alterados.</translation>
        </message>
        <message>
            <source>Retire operator</source>
            <translation>Desativar operador</translation>
        </message>
        <message>
            <source>Retire {name}? They can no longer sign in on any laptop once this travels; what they did stays in the journal under their name.</source>
            <translation>Desativar {name}? Quando isto for sincronizado, a pessoa não poderá mais entrar em nenhum notebook; o que ela fez fica no registro com o nome dela.</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Manter</translation>
        </message>
        <message>
            <source>{name} retired.</source>
            <translation>{name} foi desativado.</translation>
        </message>
        <message>
            <source>Added {name}.</source>
            <translation>{name} foi adicionado.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Configurações salvas.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Station overview</source>
            <translation>Resumo das estações</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <source>Operators and settings…</source>
            <translation>Operadores e configurações…</translation>
        </message>
        <message>
            <source>People screened per station per hour</source>
            <translation>Pessoas triadas por estação e por hora</translation>
        </message>
        <message>
            <source>Flags by kind</source>
            <translation>Alertas por tipo</translation>
        </message>
        <message>
            <source>Open referrals</source>
            <translation>Encaminhamentos abertos</translation>
        </message>
        <message>
            <source>Flagged people</source>
            <translation>Pessoas com alertas</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Estação</translation>
        </message>
        <message>
            <source>Hour</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Alerta</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Quantidade</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>Ainda abertos</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Alertas</translation>
        </message>
        <message>
            <source>Counts only: individual results need the medic role.</source>
            <translation>Só contagens: os resultados individuais exigem o papel de equipe médica.</translation>
        </message>
        <message>
            <source>Fewer than 5 people screened</source>
            <translation>Menos de 5 pessoas triadas</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) screened</source>
            <translation>
                <numerusform>%n pessoa triada</numerusform>
                <numerusform>%n pessoas triadas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Check-in desk</source>
            <translation>Recepção</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Painel</translation>
        </message>
        <message>
            <source>Screening station</source>
            <translation>Estação de triagem</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Encaminhamentos</translation>
        </message>
        <message>
            <source>Station overview</source>
            <translation>Resumo das estações</translation>
        </message>
        <message>
            <source>Family visits</source>
            <translation>Visitas de familiares</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Treinamento</translation>
        </message>
        <message>
            <source>Verify certificate</source>
            <translation>Verificar certificado</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronização</translation>
        </message>
    </context>
    <context>
        <name>PapersBar</name>
        <message>
            <source>Driver manifests…</source>
            <translation>Listas para motoristas…</translation>
        </message>
        <message>
            <source>Rooming list…</source>
            <translation>Lista de quartos…</translation>
        </message>
        <message>
            <source>Itinerary…</source>
            <translation>Roteiro…</translation>
        </message>
        <message>
            <source>Copy message</source>
            <translation>Copiar mensagem</translation>
        </message>
        <message>
            <source>Day summary…</source>
            <translation>Resumo do dia…</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Salvar como</translation>
        </message>
        <message>
            <source>PDF or Excel (*.pdf *.xlsx)</source>
            <translation>PDF ou Excel (*.pdf *.xlsx)</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>{file} salvo</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Imprimindo…</translation>
        </message>
        <message>
            <source>Select a traveller of the family first.</source>
            <translation>Selecione primeiro um viajante da família.</translation>
        </message>
        <message>
            <source>The itinerary is on the clipboard: paste it into the family's chat.</source>
            <translation>O roteiro está na área de transferência: cole no chat da família.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Romanised</source>
            <translation>Romanizado</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>Matrícula</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Crachá</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Com check-in</translation>
        </message>
        <message>
            <source>Possible duplicate: same phone or staff id as someone already registered.</source>
            <translation>Possível duplicata: mesmo telefone ou matrícula de alguém já inscrito.</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Name (as written)</source>
            <translation>Nome (como é escrito)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>Matrícula</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Empregador</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Função</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Dados</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Salvar alterações</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <source>Annul check-in…</source>
            <translation>Anular check-in…</translation>
        </message>
        <message>
            <source>Undo: check in again</source>
            <translation>Desfazer: fazer check-in de novo</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consentimentos</translation>
        </message>
        <message>
            <source>Withdraw consent…</source>
            <translation>Retirar consentimento…</translation>
        </message>
        <message>
            <source>Reprint badge</source>
            <translation>Reimprimir crachá</translation>
        </message>
        <message>
            <source>Person: {name}</source>
            <translation>Pessoa: {name}</translation>
        </message>
        <message>
            <source>{time} · {desk}</source>
            <translation>{time} · {desk}</translation>
        </message>
        <message>
            <source>annulled: {reason}</source>
            <translation>anulado: {reason}</translation>
        </message>
        <message>
            <source>Not checked in yet.</source>
            <translation>Ainda sem check-in.</translation>
        </message>
        <message>
            <source>withdrawn {time}</source>
            <translation>retirado {time}</translation>
        </message>
        <message>
            <source>given {time}</source>
            <translation>dado {time}</translation>
        </message>
        <message>
            <source>{kind} (notice {version}): {state}</source>
            <translation>{kind} (aviso {version}): {state}</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Nada mudou.</translation>
        </message>
        <message>
            <source>Saved. The change is journalled with your name.</source>
            <translation>Salvo. A alteração fica no registro com o seu nome.</translation>
        </message>
        <message>
            <source>Select the check-in to annul.</source>
            <translation>Selecione o check-in a anular.</translation>
        </message>
        <message>
            <source>Annul check-in</source>
            <translation>Anular check-in</translation>
        </message>
        <message>
            <source>Why is this check-in annulled? (for example: wrong person selected)</source>
            <translation>Por que este check-in está sendo anulado? (por exemplo: pessoa errada selecionada)</translation>
        </message>
        <message>
            <source>Annul this check-in of {name}? It no longer counts as an arrival; the record of it and your reason are kept.</source>
            <translation>Anular este check-in de {name}? Ele não conta mais como chegada; o registro dele e o seu motivo são mantidos.</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Manter</translation>
        </message>
        <message>
            <source>Check-in annulled.</source>
            <translation>Check-in anulado.</translation>
        </message>
        <message>
            <source>Checked in again.</source>
            <translation>Check-in feito de novo.</translation>
        </message>
        <message>
            <source>Select a consent in force to withdraw.</source>
            <translation>Selecione um consentimento em vigor para retirar.</translation>
        </message>
        <message>
            <source>Withdraw the consent to {kind} of {name}? From now on nothing of this kind can be recorded for them without a new consent.</source>
            <translation>Retirar o consentimento de {name} para {kind}? A partir de agora nada deste tipo pode ser registrado sem um novo consentimento.</translation>
        </message>
        <message>
            <source>Their health records become hidden from everyone; this cannot be undone.</source>
            <translation>Os registros de saúde ficam ocultos para todos; não é possível desfazer.</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Retirar consentimento</translation>
        </message>
        <message>
            <source>Consent withdrawn.</source>
            <translation>Consentimento retirado.</translation>
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
            <translation>Primeiro selecione a pessoa na recepção (pesquise e escolha a linha dela).</translation>
        </message>
        <message>
            <source>Save everything held about this person</source>
            <translation>Salvar tudo o que se tem sobre esta pessoa</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Arquivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Saved everything held about {name} to {file}. Hand it to them, then delete it from this laptop.</source>
            <translation>Tudo o que se tem sobre {name} foi salvo em {file}. Entregue à pessoa e depois apague deste notebook.</translation>
        </message>
        <message>
            <source>{name} was erased here. Export a bundle so the other laptops erase them too.</source>
            <translation>{name} foi apagado aqui. Exporte um pacote para que os outros notebooks também apaguem.</translation>
        </message>
    </context>
    <context>
        <name>PinCountdown</name>
        <message>
            <source>You can try your PIN again now.</source>
            <translation>Você já pode tentar o PIN de novo.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>No printer is set up on this laptop.</source>
            <translation>Este notebook não tem impressora configurada.</translation>
        </message>
        <message>
            <source>No PDF viewer could be opened on this laptop.</source>
            <translation>Nenhum visualizador de PDF pôde ser aberto neste notebook.</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Não impresso</translation>
        </message>
        <message>
            <source>The file is saved as {file} in the folder:
{folder}
Copy it to a laptop with a printer, or open it from there. It is removed when CareKit closes.</source>
            <translation>O arquivo foi salvo como {file} na pasta:
{folder}
Copie para um notebook com impressora ou abra a partir dele. Ele é apagado quando o CareKit fecha.</translation>
        </message>
        <message>
            <source>Show the folder</source>
            <translation>Mostrar a pasta</translation>
        </message>
    </context>
    <context>
        <name>ReferralQueuePage</name>
        <message>
            <source>Referrals</source>
            <translation>Encaminhamentos</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridade</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Alerta</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Aberto em</translation>
        </message>
        <message>
            <source>Mark seen</source>
            <translation>Marcar como atendido</translation>
        </message>
        <message>
            <source>Close referral</source>
            <translation>Encerrar encaminhamento</translation>
        </message>
        <message>
            <source>URGENT</source>
            <translation>URGENTE</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>rotina</translation>
        </message>
        <message>
            <source>Select a referral first.</source>
            <translation>Primeiro selecione um encaminhamento.</translation>
        </message>
        <message>
            <source>Close the referral of {name} ({flag})? A closed referral cannot be reopened; a new flag opens a new one.</source>
            <translation>Encerrar o encaminhamento de {name} ({flag})? Um encaminhamento encerrado não pode ser reaberto; um novo alerta abre outro.</translation>
        </message>
        <message>
            <source>Keep it open</source>
            <translation>Manter aberto</translation>
        </message>
    </context>
    <context>
        <name>ResultPanel</name>
        <message>
            <source>Ready to scan</source>
            <translation>Pronto para ler</translation>
        </message>
        <message>
            <source>Scan a badge, or type a name, pinyin, phone or staff id.</source>
            <translation>Leia um crachá ou digite um nome, pinyin, telefone ou matrícula.</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Com check-in</translation>
        </message>
        <message>
            <source>Already checked in at {time}, {desk}</source>
            <translation>Já fez check-in às {time}, {desk}</translation>
        </message>
        <message>
            <source>Checked in: pending record</source>
            <translation>Check-in feito: registro pendente</translation>
        </message>
        <message>
            <source>Registration not on this laptop yet</source>
            <translation>A inscrição ainda não está neste notebook</translation>
        </message>
        <message>
            <source>The check-in is recorded; the person's details arrive with the next sync bundle.</source>
            <translation>O check-in foi registrado; os dados da pessoa chegam com o próximo pacote de sincronização.</translation>
        </message>
        <message>
            <source>Not checked in</source>
            <translation>Sem check-in</translation>
        </message>
        <message>
            <source>Nothing done</source>
            <translation>Nada foi feito</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Needs the role {roles}; {name} is signed in without it.</source>
            <translation>É preciso o papel {roles}; {name} entrou sem ele.</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <source>Checking rows…</source>
            <translation>Conferindo linhas…</translation>
        </message>
        <message>
            <source>Registering people…</source>
            <translation>Inscrevendo pessoas…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Salvando…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>Matrícula</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Empregador</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Função</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
    </context>
    <context>
        <name>Screening</name>
        <message>
            <source>Height</source>
            <translation>Altura</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Systolic, 1st reading</source>
            <translation>Sistólica, 1ª medida</translation>
        </message>
        <message>
            <source>Diastolic, 1st reading</source>
            <translation>Diastólica, 1ª medida</translation>
        </message>
        <message>
            <source>Systolic, 2nd reading</source>
            <translation>Sistólica, 2ª medida</translation>
        </message>
        <message>
            <source>Diastolic, 2nd reading</source>
            <translation>Diastólica, 2ª medida</translation>
        </message>
        <message>
            <source>Systolic, 3rd reading</source>
            <translation>Sistólica, 3ª medida</translation>
        </message>
        <message>
            <source>Diastolic, 3rd reading</source>
            <translation>Diastólica, 3ª medida</translation>
        </message>
        <message>
            <source>Heart rate</source>
            <translation>Frequência cardíaca</translation>
        </message>
        <message>
            <source>Glucose</source>
            <translation>Glicose</translation>
        </message>
        <message>
            <source>Glucose unit</source>
            <translation>Unidade de glicose</translation>
        </message>
        <message>
            <source>Fasting</source>
            <translation>Em jejum</translation>
        </message>
        <message>
            <source>Vision, left eye</source>
            <translation>Visão, olho esquerdo</translation>
        </message>
        <message>
            <source>Vision, right eye</source>
            <translation>Visão, olho direito</translation>
        </message>
        <message>
            <source>PHQ-2 score</source>
            <translation>Pontuação PHQ-2</translation>
        </message>
        <message>
            <source>GAD-2 score</source>
            <translation>Pontuação GAD-2</translation>
        </message>
        <message>
            <source>Heat stress at work</source>
            <translation>Estresse térmico no trabalho</translation>
        </message>
        <message>
            <source>Lower-back pain</source>
            <translation>Dor lombar</translation>
        </message>
        <message>
            <source>Injuries in the last year</source>
            <translation>Lesões no último ano</translation>
        </message>
        <message>
            <source>Height and weight</source>
            <translation>Altura e peso</translation>
        </message>
        <message>
            <source>Blood pressure</source>
            <translation>Pressão arterial</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>Visão</translation>
        </message>
        <message>
            <source>Mood (PHQ-2, GAD-2)</source>
            <translation>Humor (PHQ-2, GAD-2)</translation>
        </message>
        <message>
            <source>Work questions</source>
            <translation>Perguntas sobre o trabalho</translation>
        </message>
        <message>
            <source>Doctor on site</source>
            <translation>Médico no local</translation>
        </message>
        <message>
            <source>Counselling / calm room</source>
            <translation>Acolhimento psicológico / sala de calma</translation>
        </message>
        <message>
            <source>Eye clinic</source>
            <translation>Clínica oftalmológica</translation>
        </message>
        <message>
            <source>Underweight</source>
            <translation>Baixo peso</translation>
        </message>
        <message>
            <source>Overweight</source>
            <translation>Sobrepeso</translation>
        </message>
        <message>
            <source>Obesity</source>
            <translation>Obesidade</translation>
        </message>
        <message>
            <source>Raised blood pressure</source>
            <translation>Pressão arterial elevada</translation>
        </message>
        <message>
            <source>Urgent blood pressure</source>
            <translation>Pressão arterial urgente</translation>
        </message>
        <message>
            <source>Raised fasting glucose</source>
            <translation>Glicose em jejum elevada</translation>
        </message>
        <message>
            <source>Raised non-fasting glucose</source>
            <translation>Glicose sem jejum elevada</translation>
        </message>
        <message>
            <source>Low vision</source>
            <translation>Baixa visão</translation>
        </message>
        <message>
            <source>PHQ-2 positive</source>
            <translation>PHQ-2 positivo</translation>
        </message>
        <message>
            <source>GAD-2 positive</source>
            <translation>GAD-2 positivo</translation>
        </message>
        <message>
            <source>open</source>
            <translation>aberto</translation>
        </message>
        <message>
            <source>seen</source>
            <translation>atendido</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>encerrado</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Roster</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>Scan in / out</source>
            <translation>Registrar entrada / saída</translation>
        </message>
        <message>
            <source>Skills grid</source>
            <translation>Quadro de habilidades</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Enrol: name, phone, staff id or badge serial, then Enter</source>
            <translation>Inscrever: nome, telefone, matrícula ou número do crachá, e Enter</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>In now</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Scan a badge</source>
            <translation>Leia um crachá</translation>
        </message>
        <message>
            <source>Scanning out (leaving the room)</source>
            <translation>Registrando saídas (deixam a sala)</translation>
        </message>
        <message>
            <source>Type the written score; Space marks a skill passed ✓, not passed ✗ or blank. Ctrl+S saves.</source>
            <translation>Digite a nota escrita; Espaço marca uma habilidade aprovada ✓, reprovada ✗ ou em branco. Ctrl+S salva.</translation>
        </message>
        <message>
            <source>Save assessments</source>
            <translation>Salvar avaliações</translation>
        </message>
        <message>
            <source>Issue certificates</source>
            <translation>Emitir certificados</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Escrita</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Pick a session</source>
            <translation>Escolha uma sessão</translation>
        </message>
        <message>
            <source>{course} {name} · {site} {room} · {day} {start}–{end} · trainer {trainer} · {enrolled}/{capacity}</source>
            <translation>{course} {name} · {site} {room} · {day} {start}–{end} · instrutor {trainer} · {enrolled}/{capacity}</translation>
        </message>
        <message>
            <source>enrolled</source>
            <translation>inscrito</translation>
        </message>
        <message>
            <source>waiting #{n}</source>
            <translation>espera nº {n}</translation>
        </message>
        <message>
            <source>in</source>
            <translation>presente</translation>
        </message>
        <message>
            <source>In the room now ({count}): {names}</source>
            <translation>Na sala agora ({count}): {names}</translation>
        </message>
        <message>
            <source>{count} people match '{text}': type more.</source>
            <translation>{count} pessoas correspondem a “{text}”: digite mais.</translation>
        </message>
        <message>
            <source>{name}: already on this session</source>
            <translation>{name}: já está nesta sessão</translation>
        </message>
        <message>
            <source>{name}: enrolled</source>
            <translation>{name}: inscrito</translation>
        </message>
        <message>
            <source>{name}: waiting list #{n}</source>
            <translation>{name}: lista de espera nº {n}</translation>
        </message>
        <message>
            <source>{name}: in at {time}</source>
            <translation>{name}: entrada às {time}</translation>
        </message>
        <message>
            <source>{name}: out at {time}, {hours} h</source>
            <translation>{name}: saída às {time}, {hours} h</translation>
        </message>
        <message>
            <source>{name}: already in (recorded again) at {time}</source>
            <translation>{name}: já estava presente (registrado de novo) às {time}</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Sem inscrição prévia</translation>
        </message>
        <message>
            <source>{message}

Enrol them now?</source>
            <translation>{message}

Inscrever agora?</translation>
        </message>
        <message>
            <source>Row {row}: '{score}' is not a score.</source>
            <translation>Linha {row}: “{score}” não é uma nota.</translation>
        </message>
        <message>
            <source>{count} assessments saved.</source>
            <translation>{count} avaliações salvas.</translation>
        </message>
        <message>
            <source>Issued {issued}, already issued {already}, not eligible {refused}.</source>
            <translation>Emitidos {issued}, já emitidos {already}, não elegíveis {refused}.</translation>
        </message>
        <message>
            <source>PDF: {path}</source>
            <translation>PDF: {path}</translation>
        </message>
    </context>
    <context>
        <name>SetupFilePicker</name>
        <message>
            <source>Setup file</source>
            <translation>Arquivo de configuração</translation>
        </message>
        <message>
            <source>CareKit setup files (*.cksetup);;All files (*)</source>
            <translation>Arquivos de configuração do CareKit (*.cksetup);;Todos os arquivos (*)</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>Entrar</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operador</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>This is the demo event: sign in as {name} with the PIN {pin}.</source>
            <translation>Este é o evento de demonstração: entre como {name} com o PIN {pin}.</translation>
        </message>
        <message>
            <source>Sign out and close CareKit</source>
            <translation>Sair e fechar o CareKit</translation>
        </message>
        <message>
            <source>Choose or type your operator name.</source>
            <translation>Escolha ou digite seu nome de operador.</translation>
        </message>
        <message>
            <source>Preparing search for {count} people…</source>
            <translation>Preparando a busca de {count} pessoas…</translation>
        </message>
        <message>
            <source>Checking your PIN…</source>
            <translation>Verificando seu PIN…</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>Digite seu PIN e pressione Enter.</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>PIN novo</translation>
        </message>
        <message>
            <source>The same PIN again:</source>
            <translation>O mesmo PIN de novo:</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>Os dois PINs são diferentes.</translation>
        </message>
    </context>
    <context>
        <name>StartDialog</name>
        <message>
            <source>No event is open on this laptop yet.</source>
            <translation>Ainda não há nenhum evento aberto neste notebook.</translation>
        </message>
        <message>
            <source>Create a new event…</source>
            <translation>Criar um evento novo…</translation>
        </message>
        <message>
            <source>Join an event from a setup file…</source>
            <translation>Entrar em um evento a partir de um arquivo de configuração…</translation>
        </message>
        <message>
            <source>Open an event file…</source>
            <translation>Abrir um arquivo de evento…</translation>
        </message>
        <message>
            <source>Open the demo event</source>
            <translation>Abrir o evento de demonstração</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>{file} is encrypted. Event passphrase:</source>
            <translation>{file} está criptografado. Frase-senha do evento:</translation>
        </message>
        <message>
            <source>That passphrase does not open {file}. Event passphrase:</source>
            <translation>Essa frase-senha não abre {file}. Frase-senha do evento:</translation>
        </message>
    </context>
    <context>
        <name>StationPage</name>
        <message>
            <source>Screening station</source>
            <translation>Estação de triagem</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Estação</translation>
        </message>
        <message>
            <source>Scan the badge</source>
            <translation>Leia o crachá</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Valores</translation>
        </message>
        <message>
            <source>Record health consent (F3)</source>
            <translation>Registrar consentimento de saúde (F3)</translation>
        </message>
        <message>
            <source>Save (Enter)</source>
            <translation>Salvar (Enter)</translation>
        </message>
        <message>
            <source>Correct last record (Alt+C)</source>
            <translation>Corrigir o último registro (Alt+C)</translation>
        </message>
        <message>
            <source>Health data locked</source>
            <translation>Dados de saúde bloqueados</translation>
        </message>
        <message>
            <source>Type the event's health passphrase once to open health values on this laptop until tomorrow.</source>
            <translation>Digite uma vez a frase-senha de saúde do evento para ver os dados de saúde neste notebook até amanhã.</translation>
        </message>
        <message>
            <source>Health passphrase</source>
            <translation>Frase-senha de saúde</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Health data unlocked on this laptop for today.</source>
            <translation>Dados de saúde desbloqueados neste notebook por hoje.</translation>
        </message>
        <message>
            <source>, optional</source>
            <translation>, opcional</translation>
        </message>
        <message>
            <source>The work questions are for riders, couriers and warehouse staff.</source>
            <translation>As perguntas sobre o trabalho são para entregadores, mensageiros e pessoal de armazém.</translation>
        </message>
        <message>
            <source>Scan a badge to begin.</source>
            <translation>Leia um crachá para começar.</translation>
        </message>
        <message>
            <source>Badge {serial}</source>
            <translation>Crachá {serial}</translation>
        </message>
        <message>
            <source>age {band}</source>
            <translation>idade {band}</translation>
        </message>
        <message>
            <source>Health consent given (notice {version}).</source>
            <translation>Consentimento de saúde dado (aviso {version}).</translation>
        </message>
        <message>
            <source>Health consent withdrawn: nothing can be recorded.</source>
            <translation>Consentimento de saúde retirado: nada pode ser registrado.</translation>
        </message>
        <message>
            <source>No health consent yet: ask first.</source>
            <translation>Ainda não há consentimento de saúde: pergunte primeiro.</translation>
        </message>
        <message>
            <source>Saved for {name}.</source>
            <translation>Salvo para {name}.</translation>
        </message>
        <message>
            <source>BMI {bmi}</source>
            <translation>IMC {bmi}</translation>
        </message>
        <message>
            <source>Blood pressure used: {s}/{d} mmHg</source>
            <translation>Pressão arterial usada: {s}/{d} mmHg</translation>
        </message>
        <message>
            <source>Glucose {value} mmol/L</source>
            <translation>Glicose {value} mmol/L</translation>
        </message>
        <message>
            <source>URGENT</source>
            <translation>URGENTE</translation>
        </message>
        <message>
            <source>No flags.</source>
            <translation>Sem alertas.</translation>
        </message>
        <message>
            <source>Correcting the last record: change the values and press Enter.</source>
            <translation>Corrigindo o último registro: altere os valores e pressione Enter.</translation>
        </message>
    </context>
    <context>
        <name>StayDialog</name>
        <message>
            <source>Room for {name}</source>
            <translation>Quarto de {name}</translation>
        </message>
        <message>
            <source>&amp;Hotel:</source>
            <translation>H&amp;otel:</translation>
        </message>
        <message>
            <source>&amp;Room:</source>
            <translation>&amp;Quarto:</translation>
        </message>
        <message>
            <source>Room &amp;type:</source>
            <translation>&amp;Tipo de quarto:</translation>
        </message>
        <message>
            <source>&amp;First night:</source>
            <translation>&amp;Primeira noite:</translation>
        </message>
        <message>
            <source>&amp;Nights:</source>
            <translation>&amp;Noites:</translation>
        </message>
        <message>
            <source>2026-12-04</source>
            <translation>2026-12-04</translation>
        </message>
        <message>
            <source>&amp;Give the room back…</source>
            <translation>&amp;Devolver o quarto…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Room {room} already holds {count} of {capacity}: it is full.</source>
            <translation>O quarto {room} já tem {count} de {capacity}: está lotado.</translation>
        </message>
        <message numerus="yes">
            <source>Shares room {room} with %n other(s).</source>
            <translation>
                <numerusform>Divide o quarto {room} com mais %n pessoa.</numerusform>
                <numerusform>Divide o quarto {room} com mais %n pessoas.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} gives back room {room} at {hotel} and has no room until given another.</source>
            <translation>{name} devolve o quarto {room} do {hotel} e fica sem quarto até receber outro.</translation>
        </message>
        <message>
            <source>Give the room back</source>
            <translation>Devolver o quarto</translation>
        </message>
        <message>
            <source>Give it back</source>
            <translation>Devolver</translation>
        </message>
        <message>
            <source>Keep the room</source>
            <translation>Manter o quarto</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>The clock of {laptop} runs ahead of this laptop's by more than {minutes} minutes (its newest change is stamped {when}). Its changes were kept, but this laptop's clock did not follow; set the date and time on {laptop}.</source>
            <translation>O relógio de {laptop} está adiantado em relação ao deste notebook em mais de {minutes} minutos (sua mudança mais recente tem a hora {when}). As mudanças foram mantidas, mas o relógio deste notebook não o acompanhou; acerte a data e a hora em {laptop}.</translation>
        </message>
    </context>
    <context>
        <name>SyncActions</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>{file} from {desk}: {new} new, {updated} updated, {unchanged} unchanged, {facts} new check-ins and log lines, {conflicts} conflicts, {duplicates} possible duplicates</source>
            <translation>{file} de {desk}: {new} novos, {updated} atualizados, {unchanged} sem alteração, {facts} novos check-ins e linhas de registro, {conflicts} conflitos, {duplicates} possíveis duplicatas</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>Exportar um pacote</translation>
        </message>
        <message>
            <source>CareKit bundles (*.ckbundle)</source>
            <translation>Pacotes do CareKit (*.ckbundle)</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Gravando {file}…</translation>
        </message>
        <message>
            <source>Bundle written</source>
            <translation>Pacote gravado</translation>
        </message>
        <message>
            <source>{file} is ready ({size} KB). Copy it to the other laptops and import it there.</source>
            <translation>{file} está pronto ({size} KB). Copie para os outros notebooks e importe lá.</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>A exportação falhou</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>Importar pacotes</translation>
        </message>
        <message numerus="yes">
            <source>Merging %n bundle(s)…</source>
            <translation>
                <numerusform>Mesclando %n pacote…</numerusform>
                <numerusform>Mesclando %n pacotes…</numerusform>
            </translation>
        </message>
        <message>
            <source>Bundles imported</source>
            <translation>Pacotes importados</translation>
        </message>
        <message>
            <source>Imported before this one:</source>
            <translation>Importados antes deste:</translation>
        </message>
        <message>
            <source>A bundle was not imported</source>
            <translation>Um pacote não foi importado</translation>
        </message>
        <message>
            <source>Merging {file}…</source>
            <translation>Mesclando {file}…</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>Sincronização</translation>
        </message>
        <message>
            <source>Export a bundle…</source>
            <translation>Exportar um pacote…</translation>
        </message>
        <message>
            <source>Import bundles…</source>
            <translation>Importar pacotes…</translation>
        </message>
        <message>
            <source>What this laptop has</source>
            <translation>O que este notebook tem</translation>
        </message>
        <message>
            <source>Conflicts waiting</source>
            <translation>Conflitos pendentes</translation>
        </message>
        <message>
            <source>Possible duplicates waiting</source>
            <translation>Possíveis duplicatas pendentes</translation>
        </message>
        <message>
            <source>Recent exports and imports</source>
            <translation>Exportações e importações recentes</translation>
        </message>
        <message>
            <source>Scans kept aside</source>
            <translation>Leituras separadas</translation>
        </message>
        <message>
            <source>Try recording them again</source>
            <translation>Tentar registrá-las de novo</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>What</source>
            <translation>O quê</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>This laptop, {name}{where}: its own work up to {when}</source>
            <translation>Este notebook, {name}{where}: o próprio trabalho até {when}</translation>
        </message>
        <message>
            <source>From {name}{where}: everything up to {when}</source>
            <translation>De {name}{where}: tudo até {when}</translation>
        </message>
        <message>
            <source>Nothing yet.</source>
            <translation>Nada ainda.</translation>
        </message>
        <message>
            <source>exported {file}</source>
            <translation>exportou {file}</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <source>imported {file} from {desk}</source>
            <translation>importou {file} de {desk}</translation>
        </message>
        <message>
            <source>{new} new, {updated} updated, {conflicts} conflicts, {duplicates} duplicates</source>
            <translation>{new} novos, {updated} atualizados, {conflicts} conflitos, {duplicates} duplicatas</translation>
        </message>
        <message>
            <source>Conflicts waiting ({n})</source>
            <translation>Conflitos pendentes ({n})</translation>
        </message>
        <message>
            <source>Possible duplicates waiting ({n})</source>
            <translation>Possíveis duplicatas pendentes ({n})</translation>
        </message>
        <message>
            <source>The file {file} beside the event file, which keeps the scans answered during a merge, cannot be opened: it is damaged. Scans are recorded as usual while no merge runs; keep the file and ask for support.</source>
            <translation>O arquivo {file} ao lado do arquivo do evento, que guarda as leituras respondidas durante uma mesclagem, não pode ser aberto: está danificado. As leituras são registradas normalmente enquanto nenhuma mesclagem estiver em andamento; guarde o arquivo e peça ajuda ao suporte.</translation>
        </message>
        <message>
            <source>Scans answered during a merge but not recorded: {n}. Recording them failed, so they are set aside and kept; every other scan goes on being recorded. Try again below; if they still fail, keep the file {file} beside the event file and ask for support.</source>
            <translation>Leituras respondidas durante uma mesclagem, mas não registradas: {n}. O registro falhou, então elas foram separadas e guardadas; todas as outras leituras continuam sendo registradas. Tente de novo abaixo; se ainda falharem, guarde o arquivo {file} ao lado do arquivo do evento e peça ajuda ao suporte.</translation>
        </message>
        <message>
            <source>Waiting scans that cannot be read: {n}. They were written under another event key or are damaged, and are kept in {file} beside the event file: do not delete it; ask for support.</source>
            <translation>Leituras em espera que não podem ser lidas: {n}. Foram gravadas com outra chave do evento ou estão danificadas, e estão guardadas em {file} ao lado do arquivo do evento: não o apague; peça ajuda ao suporte.</translation>
        </message>
        <message>
            <source>Next: export a bundle and import it on the other laptops, then bring their bundles back here and import them.</source>
            <translation>Próximo passo: exporte um pacote e importe nos outros notebooks; depois traga os pacotes deles para cá e importe.</translation>
        </message>
        <message>
            <source>Next: a coordinator picks the right value for each conflict on the right. Until then the newest value is shown.</source>
            <translation>Próximo passo: um coordenador escolhe o valor certo de cada conflito à direita. Até lá, o valor mais recente é exibido.</translation>
        </message>
        <message>
            <source>Next: a coordinator decides for each possible duplicate: the same person (merge) or different people.</source>
            <translation>Próximo passo: um coordenador decide, para cada possível duplicata, se é a mesma pessoa (unir) ou pessoas diferentes.</translation>
        </message>
        <message>
            <source>Next: export a bundle so the other laptops get what this laptop has now.</source>
            <translation>Próximo passo: exporte um pacote para que os outros notebooks recebam o que este tem agora.</translation>
        </message>
        <message>
            <source>All settled. Exchange bundles again after the next busy hour, or before laptops leave the venue.</source>
            <translation>Tudo resolvido. Troquem pacotes de novo depois do próximo horário de pico ou antes de os notebooks saírem do local.</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <source>attended {attended} h of {hours} h</source>
            <translation>presente {attended} h de {hours} h</translation>
        </message>
        <message>
            <source>no written score yet</source>
            <translation>ainda sem nota escrita</translation>
        </message>
        <message>
            <source>written {score} &lt; {mark}</source>
            <translation>escrita {score} &lt; {mark}</translation>
        </message>
        <message>
            <source>{skill} not assessed</source>
            <translation>{skill} não avaliada</translation>
        </message>
        <message>
            <source>{skill} not passed</source>
            <translation>{skill} não aprovada</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>aprovado</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>reprovado</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>incompleto</translation>
        </message>
        <message>
            <source>no certificate of {code} valid or expired less than {months} months ago</source>
            <translation>não há certificado de {code} válido ou vencido há menos de {months} meses</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <source>Training</source>
            <translation>Treinamento</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessões</translation>
        </message>
        <message>
            <source>Renewals</source>
            <translation>Renovações</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dia</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expira</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Dias restantes</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Course · serial</source>
            <translation>Curso · número</translation>
        </message>
        <message>
            <source>Certificates running out within {days} days and not yet renewed: whom to invite to a renewal course.</source>
            <translation>Certificados que expiram em {days} dias e ainda não renovados: quem convidar para um curso de renovação.</translation>
        </message>
        <message>
            <source>all</source>
            <translation>todos</translation>
        </message>
    </context>
    <context>
        <name>TravelImportDialog</name>
        <message>
            <source>Import the travel agent's file</source>
            <translation>Importar o arquivo da agência de viagens</translation>
        </message>
        <message>
            <source>&amp;Choose a file…</source>
            <translation>&amp;Escolher um arquivo…</translation>
        </message>
        <message>
            <source>CSV or Excel file from the travel agent</source>
            <translation>Arquivo CSV ou Excel da agência de viagens</translation>
        </message>
        <message>
            <source>&amp;Lines left out:</source>
            <translation>&amp;Linhas descartadas:</translation>
        </message>
        <message>
            <source>&amp;Import the good rows</source>
            <translation>&amp;Importar as linhas corretas</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Choose the travel agent's file</source>
            <translation>Escolher o arquivo da agência de viagens</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
            <translation>Planilhas (*.xlsx *.csv *.txt)</translation>
        </message>
        <message>
            <source>Choose the file; it is checked and shown before anything is stored.</source>
            <translation>Escolha o arquivo; ele é verificado e mostrado antes de qualquer gravação.</translation>
        </message>
        <message numerus="yes">
            <source>%n leg(s)</source>
            <translation>
                <numerusform>%n trecho</numerusform>
                <numerusform>%n trechos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n passenger seat(s)</source>
            <translation>
                <numerusform>%n lugar de passageiro</numerusform>
                <numerusform>%n lugares de passageiro</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) left out</source>
            <translation>
                <numerusform>%n linha descartada</numerusform>
                <numerusform>%n linhas descartadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {legs} with {passengers}; {left_out}.</source>
            <translation>Importados {legs} com {passengers}; {left_out}.</translation>
        </message>
        <message>
            <source>The file would add {legs} with {passengers}; {left_out}.</source>
            <translation>O arquivo adicionaria {legs} com {passengers}; {left_out}.</translation>
        </message>
    </context>
    <context>
        <name>TravellerDialog</name>
        <message>
            <source>Add a traveller</source>
            <translation>Adicionar um viajante</translation>
        </message>
        <message>
            <source>Edit the traveller</source>
            <translation>Editar o viajante</translation>
        </message>
        <message>
            <source>&amp;Worker visited (staff id):</source>
            <translation>&amp;Trabalhador visitado (matrícula):</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Phone (empty: the worker's):</source>
            <translation>Tele&amp;fone (vazio: o do trabalhador):</translation>
        </message>
        <message>
            <source>&amp;Relationship:</source>
            <translation>&amp;Parentesco:</translation>
        </message>
        <message>
            <source>&amp;Age:</source>
            <translation>&amp;Idade:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>Idio&amp;ma:</translation>
        </message>
        <message>
            <source>Nee&amp;ds:</source>
            <translation>Necessi&amp;dades:</translation>
        </message>
        <message>
            <source>Identity &amp;document:</source>
            <translation>&amp;Documento de identidade:</translation>
        </message>
        <message>
            <source>Document n&amp;umber:</source>
            <translation>N&amp;úmero do documento:</translation>
        </message>
        <message>
            <source>&amp;Medical note:</source>
            <translation>Observação mé&amp;dica:</translation>
        </message>
        <message>
            <source>the worker's language</source>
            <translation>o idioma do trabalhador</translation>
        </message>
        <message>
            <source>resident id card, passport…</source>
            <translation>RG, passaporte…</translation>
        </message>
        <message>
            <source>locked — unlock with the health passphrase</source>
            <translation>bloqueado — desbloqueie com a frase de saúde</translation>
        </message>
        <message>
            <source>only coordinators see and change this</source>
            <translation>só coordenadores veem e alteram isto</translation>
        </message>
        <message>
            <source>for ticketing; sealed when saved</source>
            <translation>para as passagens; selado ao salvar</translation>
        </message>
        <message>
            <source>sealed when saved</source>
            <translation>selado ao salvar</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Locked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <source>Locked after idle time. {name} has no PIN yet: choose one ({low}–{high} digits), type it twice, and it unlocks from now on.</source>
            <translation>Bloqueado por inatividade. {name} ainda não tem PIN: escolha um ({low}–{high} dígitos), digite duas vezes e a partir de agora ele desbloqueia.</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN de novo</translation>
        </message>
        <message>
            <source>Locked after idle time. {name}, enter your PIN.</source>
            <translation>Bloqueado por inatividade. {name}, digite seu PIN.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Another operator…</source>
            <translation>Outro operador…</translation>
        </message>
        <message>
            <source>Checking your PIN…</source>
            <translation>Verificando seu PIN…</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>Digite seu PIN e pressione Enter.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>Os dois PINs são diferentes.</translation>
        </message>
    </context>
    <context>
        <name>UrgentFlagDialog</name>
        <message>
            <source>Urgent</source>
            <translation>Urgentes</translation>
        </message>
        <message>
            <source>URGENT: send {name} to {destination} now</source>
            <translation>URGENTE: encaminhe {name} para {destination} agora</translation>
        </message>
        <message>
            <source>An urgent referral is at the top of the referral queue.</source>
            <translation>Um encaminhamento urgente está no topo da fila de encaminhamentos.</translation>
        </message>
        <message>
            <source>I have seen this and am sending them on</source>
            <translation>Vi e estou encaminhando</translation>
        </message>
    </context>
    <context>
        <name>VehiclePlan</name>
        <message>
            <source>Window (minutes)</source>
            <translation>Janela (minutos)</translation>
        </message>
        <message>
            <source>Seats per vehicle</source>
            <translation>Lugares por veículo</translation>
        </message>
        <message>
            <source>Plan pick-ups</source>
            <translation>Planejar embarques</translation>
        </message>
        <message>
            <source>Move to this vehicle</source>
            <translation>Mover para este veículo</translation>
        </message>
        <message>
            <source>Save driver</source>
            <translation>Salvar motorista</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>Motorista</translation>
        </message>
        <message>
            <source>Driver's phone</source>
            <translation>Telefone do motorista</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Train / flight</source>
            <translation>Trem / voo</translation>
        </message>
        <message>
            <source>Arrives</source>
            <translation>Chega</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Necessidades</translation>
        </message>
        <message>
            <source>{vehicle} is over capacity ({detail})</source>
            <translation>{vehicle} está acima da capacidade ({detail})</translation>
        </message>
        <message>
            <source>{vehicle} leaves before {detail} arrives</source>
            <translation>{vehicle} sai antes de {detail} chegar</translation>
        </message>
        <message>
            <source>A traveller on {detail} has no pick-up</source>
            <translation>Um viajante de {detail} não tem embarque</translation>
        </message>
        <message>
            <source>A train or flight in {vehicle} changed after planning ({detail})</source>
            <translation>Um trem ou voo de {vehicle} mudou depois do planejamento ({detail})</translation>
        </message>
        <message>
            <source>{vehicle} takes a wheelchair user but is not accessible</source>
            <translation>{vehicle} leva um cadeirante, mas não é acessível</translation>
        </message>
        <message>
            <source>Planned {vehicles} vehicles for {seated} travellers.</source>
            <translation>Foram planejados {vehicles} veículos para {seated} viajantes.</translation>
        </message>
        <message>
            <source>Select a traveller and the vehicle to move them to.</source>
            <translation>Selecione um viajante e o veículo para onde movê-lo.</translation>
        </message>
    </context>
    <context>
        <name>Verify</name>
        <message>
            <source>This is not a CareKit certificate code.</source>
            <translation>Este não é um código de certificado do CareKit.</translation>
        </message>
        <message>
            <source>The code is damaged or incomplete.</source>
            <translation>O código está danificado ou incompleto.</translation>
        </message>
        <message>
            <source>Signed by a key this laptop does not know: it cannot be trusted (import the issuer's public key).</source>
            <translation>Assinado por uma chave que este notebook não conhece: não é confiável (importe a chave pública do emissor).</translation>
        </message>
        <message>
            <source>The signature does not match: the code is forged or altered.</source>
            <translation>A assinatura não confere: o código é falso ou foi alterado.</translation>
        </message>
        <message>
            <source>The issuing key is not vouched for by the organisation's key: the code is forged.</source>
            <translation>A chave emissora não é garantida pela chave da organização: o código é falso.</translation>
        </message>
        <message>
            <source>Issued on a day the issuing key was not delegated for: the code is forged or the key expired.</source>
            <translation>Emitido num dia para o qual a chave emissora não estava delegada: o código é falso ou a chave expirou.</translation>
        </message>
        <message>
            <source>Revoked: signed by issuing key {detail} on or after its revocation.</source>
            <translation>Revogado: assinado pela chave emissora {detail} no dia da revogação ou depois.</translation>
        </message>
        <message>
            <source>Revoked: {detail}</source>
            <translation>Revogado: {detail}</translation>
        </message>
        <message>
            <source>Genuine, but expired on {expires}.</source>
            <translation>Autêntico, mas venceu em {expires}.</translation>
        </message>
        <message>
            <source>Valid until {expires}.</source>
            <translation>Válido até {expires}.</translation>
        </message>
        <message>
            <source>This file is not a signed credential.</source>
            <translation>Este arquivo não é uma credencial assinada.</translation>
        </message>
        <message>
            <source>The credential's proof is of a kind CareKit does not check.</source>
            <translation>A prova da credencial é de um tipo que o CareKit não verifica.</translation>
        </message>
        <message>
            <source>The credential's proof is not made for asserting a credential.</source>
            <translation>A prova da credencial não foi feita para afirmar uma credencial.</translation>
        </message>
        <message>
            <source>The credential is signed by a key CareKit cannot read.</source>
            <translation>A credencial está assinada por uma chave que o CareKit não consegue ler.</translation>
        </message>
        <message>
            <source>The credential is damaged or incomplete.</source>
            <translation>A credencial está danificada ou incompleta.</translation>
        </message>
        <message>
            <source>The signature does not match: the credential is forged or altered.</source>
            <translation>A assinatura não confere: a credencial é falsa ou foi alterada.</translation>
        </message>
        <message>
            <source>The credential is signed by a key the organisation did not delegate: it is forged.</source>
            <translation>A credencial está assinada por uma chave que a organização não delegou: é falsa.</translation>
        </message>
        <message>
            <source>The credential and the certificate code it carries disagree: it is forged or altered.</source>
            <translation>A credencial e o código de certificado que ela traz não conferem: é falsa ou foi alterada.</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <source>Verify certificate</source>
            <translation>Verificar certificado</translation>
        </message>
        <message>
            <source>Scan the certificate's QR code, or paste its code, then press Enter.</source>
            <translation>Leia o código QR do certificado ou cole o código e pressione Enter.</translation>
        </message>
        <message>
            <source>CKC2.… or the credential's JSON {…}</source>
            <translation>CKC2.… ou o JSON da credencial {…}</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <source>Signing keys…</source>
            <translation>Chaves de assinatura…</translation>
        </message>
        <message>
            <source>Revoke this certificate…</source>
            <translation>Revogar este certificado…</translation>
        </message>
        <message>
            <source>VALID</source>
            <translation>VÁLIDO</translation>
        </message>
        <message>
            <source>EXPIRED</source>
            <translation>VENCIDO</translation>
        </message>
        <message>
            <source>REVOKED</source>
            <translation>REVOGADO</translation>
        </message>
        <message>
            <source>FORGED</source>
            <translation>FALSO</translation>
        </message>
        <message>
            <source>{holder} · course {course} · issued {issued} · valid until {expires}
serial {serial} · issuer {issuer} · key {fingerprint}</source>
            <translation>{holder} · curso {course} · emitido em {issued} · válido até {expires}
número de série {serial} · emissor {issuer} · chave {fingerprint}</translation>
        </message>
        <message>
            <source>Revoke certificate</source>
            <translation>Revogar certificado</translation>
        </message>
        <message>
            <source>Why is certificate {serial} revoked?</source>
            <translation>Por que o certificado {serial} é revogado?</translation>
        </message>
        <message>
            <source>Revoke certificate {serial} of {holder}? Every laptop will show it as revoked once this travels; it cannot be made valid again (issue a new one instead).</source>
            <translation>Revogar o certificado {serial} de {holder}? Quando isso for sincronizado, todos os computadores o mostrarão revogado; ele não poderá voltar a ser válido (emita um novo em vez disso).</translation>
        </message>
        <message>
            <source>Keep it valid</source>
            <translation>Mantê-lo válido</translation>
        </message>
    </context>
    <context>
        <name>WaitingNote</name>
        <message>
            <source>Recorded as soon as the merge finishes.</source>
            <translation>Será registrado assim que a mesclagem terminar.</translation>
        </message>
        <message>
            <source>Not recorded yet: this scan is kept but set aside. A coordinator can try again on the Sync page.</source>
            <translation>Ainda não registrado: esta leitura está guardada, mas separada. Um coordenador pode tentar de novo na página Sincronizar.</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <source>Register a walk-in</source>
            <translation>Inscrever alguém no local</translation>
        </message>
        <message>
            <source>Print notice</source>
            <translation>Imprimir aviso</translation>
        </message>
        <message>
            <source>The person heard the registration notice and agrees</source>
            <translation>A pessoa ouviu o aviso de inscrição e concorda</translation>
        </message>
        <message>
            <source>Name (as written)</source>
            <translation>Nome (como é escrito)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>Matrícula</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Empregador</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Função</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Registration notice</source>
            <translation>Aviso de inscrição</translation>
        </message>
        <message>
            <source>Register and check in</source>
            <translation>Inscrever e fazer check-in</translation>
        </message>
        <message>
            <source>Notice version {version}</source>
            <translation>Versão do aviso {version}</translation>
        </message>
    </context>
</TS>