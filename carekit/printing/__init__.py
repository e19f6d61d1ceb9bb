"""Data in, PDF bytes out: fonts, QR codes, badge layouts, certificates, sheets. No database here."""

import sys
import types

# On its first import reportlab runs a ``reportlab_mods`` module, or failing that ~/.reportlab_mods,
# and its rl_config a ``reportlab_settings`` module or ~/.reportlab_settings over its defaults.
# CareKit's PDFs must not change with a file left in the home folder of whoever uses the laptop,
# nor read it at whatever moment printing first loads: empty modules of those names are found
# first, so none of them is looked at.
for _name in ("reportlab_mods", "reportlab_settings"):
    sys.modules.setdefault(_name, types.ModuleType(_name))

from reportlab import rl_config  # noqa: E402 (after the empty settings module)

# Binary (zlib only) streams: ASCII85 on top is pure Python here, costs a fifth of a badge
# batch's time and makes the file a quarter larger. Every PDF reader takes binary streams.
rl_config.useA85 = 0
