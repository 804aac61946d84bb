#!/usr/bin/env bash
# Install a CJK font so the notebooks' matplotlib figures render Chinese labels.
#
# The notebooks look for the font file with kg.exports.figures.find_cjk_font(),
# which searches the Debian paths below (and KG_CJK_FONT, if set) and registers
# the file with matplotlib. Run as root (CI) or with sudo; idempotent.
#
# Usage: bash scripts/install_fonts.sh
set -euo pipefail

FONT=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc

if [ -f "$FONT" ]; then
    echo "CJK font present: $FONT"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq fonts-wqy-microhei >/dev/null

if [ ! -f "$FONT" ]; then
    echo "install_fonts.sh: fonts-wqy-microhei installed but $FONT is missing" >&2
    exit 1
fi
echo "CJK font installed: $FONT"
