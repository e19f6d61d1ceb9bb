"""Consent notices: the text a person is shown before a consent is recorded, per purpose and
language, versioned. Every consent stores the version it was given on.

An event starts with the built-in wording below (data, not interface text: it is what the person
reads, in their language, whatever the operator's screen shows); a coordinator publishes the
event's own wording as a new version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import select

from carekit.domain.desk_tables import ConsentNotice
from carekit.domain.enums import ConsentKind, Role
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.errors import ValidationError
from carekit.services.events import current_event
from carekit.services.workspace import Workspace

BUILT_IN_VERSIONS = {ConsentKind.REGISTRATION.value: "2026-1", ConsentKind.HEALTH.value: "1"}
BUILT_IN = {
    (ConsentKind.REGISTRATION.value, "en"): (
        "To take part in this care day we record your name, phone, staff id, employer, job and city, and "
        "when you arrive. We use them only to run this event: your badge, check-in, and the activities you "
        "join. They stay on the event's laptops, are not given to your employer, and are deleted after the "
        "event. You may ask to see or correct them, or to be erased, at any desk."),
    (ConsentKind.REGISTRATION.value, "zh_CN"): (
        "为了参加本次关爱日活动，我们会记录您的姓名、手机号、工号、单位、岗位、城市以及到场时间。"
        "这些信息仅用于本次活动：制作胸卡、签到和您参加的项目。信息只保存在活动的电脑上，不会提供给您的雇主，"
        "活动结束后删除。您可以随时在任一服务台要求查看、更正或删除您的信息。"),
    (ConsentKind.REGISTRATION.value, "zh_TW"): (
        "為了參加本次關愛日活動，我們會記錄您的姓名、手機號碼、員工編號、公司、職位、城市以及到場時間。"
        "這些資料僅用於本次活動：製作識別證、報到和您參加的項目。資料只保存在活動的電腦上，不會提供給您的雇主，"
        "活動結束後刪除。您可以隨時在任一服務台要求查看、更正或刪除您的資料。"),
    (ConsentKind.REGISTRATION.value, "es"): (
        "Para participar en esta jornada registramos su nombre, teléfono, número de empleado, empresa, puesto "
        "y ciudad, y la hora de llegada. Solo los usamos para este evento: su credencial, el registro de "
        "entrada y las actividades en las que participe. Quedan en las computadoras del evento, no se entregan "
        "a su empleador y se borran después del evento. Puede pedir verlos, corregirlos o borrarlos en cualquier mesa."),
    (ConsentKind.REGISTRATION.value, "pt_BR"): (
        "Para participar deste dia de cuidado registramos seu nome, telefone, matrícula, empresa, cargo e cidade, "
        "e o horário de chegada. Usamos esses dados só para este evento: crachá, entrada e as atividades de que "
        "participar. Eles ficam nos computadores do evento, não são entregues ao seu empregador e são apagados "
        "depois do evento. Você pode pedir para ver, corrigir ou apagar seus dados em qualquer balcão."),
    (ConsentKind.HEALTH.value, "en"): (
        "The screening measures your height, weight, blood pressure, blood sugar, eyesight and asks about your "
        "mood and work. The values are seen only by the medical team, are sealed on the event's laptops, and "
        "are never given to your employer. A result that needs care is referred to the doctor on site. You may "
        "stop at any time and withdraw this consent; what was recorded is then hidden from everyone."),
    (ConsentKind.HEALTH.value, "zh_CN"): (
        "健康筛查会测量您的身高、体重、血压、血糖、视力，并询问您的情绪和工作情况。这些数值只有医疗人员可以查看，"
        "加密保存在活动的电脑上，绝不会提供给您的雇主。需要就医的结果会转给现场医生。您可以随时停止并撤回本同意；"
        "撤回后已记录的内容对所有人隐藏。"),
    (ConsentKind.HEALTH.value, "zh_TW"): (
        "健康篩檢會測量您的身高、體重、血壓、血糖、視力，並詢問您的情緒和工作狀況。這些數值只有醫療人員可以查看，"
        "加密保存在活動的電腦上，絕不會提供給您的雇主。需要就醫的結果會轉介給現場醫師。您可以隨時停止並撤回本同意；"
        "撤回後已記錄的內容對所有人隱藏。"),
    (ConsentKind.HEALTH.value, "es"): (
        "La revisión mide su estatura, peso, presión arterial, glucosa y vista, y pregunta por su ánimo y su "
        "trabajo. Solo el equipo médico ve los valores, que quedan sellados en las computadoras del evento y "
        "nunca se entregan a su empleador. Un resultado que requiera atención se deriva al médico presente. "
        "Puede parar cuando quiera y retirar este consentimiento; lo registrado queda oculto para todos."),
    (ConsentKind.HEALTH.value, "pt_BR"): (
        "A triagem mede sua altura, peso, pressão arterial, glicemia e visão, e pergunta sobre seu humor e seu "
        "trabalho. Só a equipe médica vê os valores, que ficam lacrados nos computadores do evento e nunca são "
        "entregues ao seu empregador. Um resultado que precise de cuidado é encaminhado ao médico no local. "
        "Você pode parar a qualquer momento e retirar este consentimento; o que foi registrado fica oculto para todos."),
}
MAX_NOTICE_CHARS = 20_000


@dataclass(frozen=True)
class Notice:
    kind: str
    language: str
    version: str
    text: str
    built_in: bool = False


def _languages(wanted: str, event_language: str) -> list[str]:
    chain = [wanted, wanted.split("_")[0] if wanted else "", event_language, "en"]
    return [c for i, c in enumerate(chain) if c and c not in chain[:i]]


def current_notice(ws: Workspace, kind: str, language: str = "") -> Notice:
    """The newest wording for ``kind`` in ``language`` (else the event's language, else English)."""
    if kind not in ConsentKind._value2member_map_:
        raise ValidationError("bad_consent_kind", QT_TRANSLATE_NOOP(
            "Errors", "'{kind}' is not a kind of consent."), kind=kind)
    with ws.db.session() as session:
        event_language = current_event(session).language
        rows = list(session.exec(select(ConsentNotice).where(
            ConsentNotice.kind == kind, ConsentNotice.deleted == False)  # noqa: E712
            .order_by(ConsentNotice.hlc)))
        version_setting = ""
        if kind == ConsentKind.HEALTH.value:
            from carekit.services.screening import settings_in
            version_setting = settings_in(session).health_notice_version
    for candidate in _languages(language, event_language):
        stored = [r for r in rows if r.language == candidate]
        if stored:
            row = stored[-1]
            return Notice(kind, candidate, row.version, row.text)
        if (kind, candidate) in BUILT_IN:
            version = version_setting or BUILT_IN_VERSIONS.get(kind, "1")
            return Notice(kind, candidate, version, BUILT_IN[(kind, candidate)], built_in=True)
    return Notice(kind, "en", BUILT_IN_VERSIONS.get(kind, "1"), BUILT_IN.get((kind, "en"), ""), built_in=True)


def _next_version(versions: list[str]) -> str:
    """``2026-1`` → ``2026-2``; ``3`` → ``4``: the trailing number goes up."""
    best = 0
    prefix = ""
    for version in versions:
        match = re.match(r"^(.*?)(\d+)$", version)
        if match and int(match.group(2)) >= best:
            prefix, best = match.group(1), int(match.group(2))
    return f"{prefix}{best + 1}"


def publish_notice(ws: Workspace, kind: str, language: str, text: str) -> Notice:
    """Coordinators publish the event's own wording; it becomes the next version of that notice."""
    ws.require(Role.COORDINATOR)
    text = (text or "").strip()
    if not text:
        raise ValidationError("no_notice_text", QT_TRANSLATE_NOOP("Errors", "Write the notice's text."))
    if len(text) > MAX_NOTICE_CHARS:
        raise ValidationError("notice_too_long", QT_TRANSLATE_NOOP(
            "Errors", "The notice is {length} characters long; at most {limit} fit."),
            length=len(text), limit=MAX_NOTICE_CHARS)
    current = current_notice(ws, kind, language)
    with ws.writing() as journal:
        versions = [current.version] + list(journal.session.exec(select(ConsentNotice.version).where(
            ConsentNotice.kind == kind)).all())
        version = _next_version(versions)
        journal.create(ConsentNotice, {"kind": kind, "language": language, "version": version, "text": text})
        journal.audit("notice.publish", "consentnotice", "", f"kind={kind} language={language} version={version}")
    return Notice(kind, language, version, text)


def notice_pdf(notice: Notice, title: str, version_line: str):
    """The notice on A4; ``title`` and ``version_line`` are already in the operator's language."""
    from carekit.printing.notices import render_notice
    return render_notice(title, version_line, notice.text)
