"""Data in, PDF bytes out: fonts, QR codes, badge layouts, certificates, sheets. No database here."""

from reportlab import rl_config

# Binary (zlib only) streams: ASCII85 on top is pure Python here, costs a fifth of a badge
# batch's time and makes the file a quarter larger. Every PDF reader takes binary streams.
rl_config.useA85 = 0
