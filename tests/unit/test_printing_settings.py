"""reportlab's settings files in the laptop's home folder neither change CareKit's PDFs nor are read."""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = r"""
import os, sys
home = os.environ["HOME"]
files = {os.path.join(home, ".reportlab_settings"), os.path.join(home, ".reportlab_mods")}
opened = []
sys.addaudithook(lambda event, args: event == "open" and args[0] in files and opened.append(args[0]))
import carekit.printing
from reportlab import rl_config
print(rl_config.pageCompression, rl_config.invariant, bool(opened))
"""


def test_reportlab_files_in_the_home_folder_are_never_read(tmp_path):
    home = tmp_path / "volunteer"
    home.mkdir()
    (home / ".reportlab_settings").write_text("pageCompression = 0\ninvariant = 1\n", encoding="utf-8")
    (home / ".reportlab_mods").write_text("from reportlab import rl_config\nrl_config.invariant = 1\n",
                                          encoding="utf-8")
    env = dict(os.environ, HOME=str(home))
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "0", "False"]
