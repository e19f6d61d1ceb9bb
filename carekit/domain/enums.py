"""The fixed vocabularies volunteers pick from; stored as their short English value."""

from enum import StrEnum


class Category(StrEnum):
    WORKER = "worker"
    FAMILY = "family"
    GUEST = "guest"
    STAFF = "staff"


class JobType(StrEnum):
    RIDER = "rider"
    COURIER = "courier"
    WAREHOUSE = "warehouse"
    CUSTOMER_SERVICE = "customer_service"
    DRIVER = "driver"
    OTHER = "other"


class CheckInPoint(StrEnum):
    ENTRANCE = "entrance"
    STATION = "station"
    COURSE = "course"
    PICKUP = "pickup"  # a traveller met by their driver at the station or airport
    HOTEL = "hotel"  # a traveller arriving at their hotel on their own


class ConsentKind(StrEnum):
    REGISTRATION = "registration"
    HEALTH = "health"
    EMPLOYER_SHARING = "employer_sharing"
    PHOTOS = "photos"


class Role(StrEnum):
    DESK = "desk"
    MEDIC = "medic"
    TRAINER = "trainer"
    COORDINATOR = "coordinator"


# Who enrols a person into a training session (services.training); here so that the desk can show
# its Enrol button without loading the training service.
ENROLLERS = (Role.DESK, Role.TRAINER, Role.COORDINATOR)


# Job words as HR exports write them (Chinese, Spanish, Portuguese, English) -> JobType.
JOB_WORDS: dict[str, JobType] = {
    "rider": JobType.RIDER, "骑手": JobType.RIDER, "外卖员": JobType.RIDER, "repartidor": JobType.RIDER,
    "entregador": JobType.RIDER, "motoboy": JobType.RIDER,
    "courier": JobType.COURIER, "快递员": JobType.COURIER, "mensajero": JobType.COURIER,
    "mensageiro": JobType.COURIER, "快递": JobType.COURIER,
    "warehouse": JobType.WAREHOUSE, "仓库": JobType.WAREHOUSE, "仓储": JobType.WAREHOUSE,
    "almacén": JobType.WAREHOUSE, "almacen": JobType.WAREHOUSE, "armazém": JobType.WAREHOUSE,
    "armazem": JobType.WAREHOUSE,
    "customer service": JobType.CUSTOMER_SERVICE, "customer_service": JobType.CUSTOMER_SERVICE,
    "客服": JobType.CUSTOMER_SERVICE, "atención al cliente": JobType.CUSTOMER_SERVICE,
    "atendimento": JobType.CUSTOMER_SERVICE,
    "driver": JobType.DRIVER, "司机": JobType.DRIVER, "conductor": JobType.DRIVER,
    "chofer": JobType.DRIVER, "motorista": JobType.DRIVER,
    "other": JobType.OTHER, "其他": JobType.OTHER, "otro": JobType.OTHER, "outro": JobType.OTHER,
}


def job_from_word(word: str) -> JobType:
    """Unknown job words become OTHER rather than a rejected row: the job is informative only."""
    return JOB_WORDS.get(word.strip().lower(), JobType.OTHER) if word and word.strip() else JobType.OTHER
