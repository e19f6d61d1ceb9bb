"""The demo event a newcomer sees with ``carekit --demo``, and synthetic crowds for benchmarks."""

from __future__ import annotations

import random
from pathlib import Path

from carekit.domain.enums import Category, JobType
from carekit.domain.names import has_cjk
from carekit.services.events import SiteInput, create_event, current_event
from carekit.services.people import PersonInput, register_people
from carekit.paths import demo_database
from carekit.services.sign_in_view import DEMO_COORDINATOR, DEMO_PIN, is_demo  # noqa: F401 (the demo's own)
from carekit.store.db import Database

DEMO_HEALTH_PASSPHRASE = "demo health passphrase"  # printed in the README: the demo holds no real data
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳解强丛华车冉房边"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红文辉建国建华志强海燕鹏宇浩然子涵梓轩欣怡雨泽思远晨曦佳琪嘉怡博文俊杰雅婷"
LATIN_FIRST = ["José", "María", "João", "Lucía", "Pedro", "Inês", "Luis", "Ana", "Gonçalo", "Adebayo", "Chinedu",
               "Nguyễn Thị", "Trần Văn", "Yolanda", "Camila", "Mateus", "Sofía", "Thiago", "Fernanda", "Kwame"]
LATIN_LAST = ["Santos", "Peña", "Hernández", "Gonçalves", "Silva", "Muñoz", "Okafor", "Cárdenas", "Ibáñez",
              "Oliveira", "Pereira", "Rodríguez", "Hương", "An", "Mensah", "Ferreira", "López", "Souza"]
SPECIAL = ["阿卜杜拉·艾力", "買買提·吐爾遜", "張偉", "陳淑芬", "𠀾明", "欧阳娜娜", "Peña Nieto", "Nguyễn Thị Hương"]
EMPLOYERS = ["菜鸟海外仓", "京东宿迁客服中心", "淘宝闪购上海直营", "中通上海青浦网点", "速卖通集运华南",
             "AliExpress Brasil Logística", "Cainiao México"]
CITIES = ["深圳", "上海", "杭州", "成都", "São Paulo", "Ciudad de México", "Lagos"]
JOBS = [j.value for j in JobType]
# Sample rosters number their staff E100000, E100001 …; demo people must not look like them, or
# importing a sample into the demo flags everyone as a possible duplicate.
DEMO_STAFF_PREFIX = "DEMO-"


def synthetic_people(count: int, seed: int = 7) -> list[PersonInput]:
    """Plausible, varied people: mostly Chinese names, some Latin, a few hard cases."""
    rng = random.Random(seed)
    people = []
    for i in range(count):
        if i < len(SPECIAL):
            name = SPECIAL[i]
        elif rng.random() < 0.8:
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 1, 2))))
        else:
            name = f"{rng.choice(LATIN_FIRST)} {rng.choice(LATIN_LAST)}"
        chinese = has_cjk(name)
        phone = f"+861{rng.choice('3456789')}{rng.randrange(10**9):09d}" if chinese else \
            f"+55119{rng.randrange(10**8):08d}"
        people.append(PersonInput(
            name=name, phone=phone, staff_id=f"{DEMO_STAFF_PREFIX}{i + 1:05d}", employer=rng.choice(EMPLOYERS),
            job=rng.choice(JOBS), city=rng.choice(CITIES), language="zh_CN" if chinese else "pt_BR",
            category=rng.choices([c.value for c in Category], weights=[85, 8, 4, 3])[0]))
    return people


def create_demo(path: Path, people: int = 300) -> Database:
    db = Database(path)
    ws = create_event(db, name="骑手关爱日 Rider Care Day", operator_name=DEMO_COORDINATOR, pin=DEMO_PIN,
                      sites=[SiteInput("深圳", "会展中心 1号馆"), SiteInput("São Paulo", "Galpão Vila Leopoldina")],
                      starts_on="2026-12-05", ends_on="2026-12-06", timezone="Asia/Shanghai",
                      default_region="CN", language="zh_CN", device_name="desk 1",
                      health_passphrase=DEMO_HEALTH_PASSPHRASE)
    with ws.writing() as journal:
        register_people(journal, current_event(journal.session), synthetic_people(people),
                        source="demo roster", consent_version="2026-1")
    return db


def ensure_demo() -> Path:
    """Create the demo event once; later runs open the same file with whatever was done in it."""
    path = demo_database()
    if not path.exists():
        create_demo(path).close()
    return path
