#!/usr/bin/env bash
# SRO Desktop in the Linux desktop: menu entry, icon, and the .sro file type opening
# in the program (double-click, "Öffnen mit"). For the current user only, into
# ${XDG_DATA_HOME:-~/.local/share}; no root needed. Running it again does no harm.
#
#   packaging/linux/install.sh                 install (sro-desktop must be on PATH)
#   packaging/linux/install.sh --exec PATH     ... starting this program instead (a bundle)
#   sro-desktop/linux/install.sh               from the unpacked bundle: its own program
#   packaging/linux/install.sh --uninstall     remove it all again (data and backups stay)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# A source checkout has the icons two folders up; the unpacked Linux bundle
# (sro-desktop/linux/install.sh) has them in its _internal/ folder and its program beside.
if [ -d "$here/../_internal/resources/icons" ]; then bundle="$here/.."; else bundle=""; fi
icons="${SRO_ICONS:-${bundle:+$bundle/_internal/resources/icons}}"
icons="${icons:-$here/../../resources/icons}"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
config="${XDG_CONFIG_HOME:-$HOME/.config}"
mime_type="application/x-sro-desktop"
desktop_file="sro-desktop.desktop"
sizes="16 24 32 48 64 128 256 512"
action=install
program=""

usage() { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        --uninstall) action=uninstall ;;
        --exec) shift; program="${1:?--exec needs a path}" ;;
        -h|--help) usage; exit 0 ;;
        *) echo "install.sh: unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

have() { command -v "$1" >/dev/null 2>&1; }
if [ -z "$program" ] && [ -n "$bundle" ] && [ -x "$bundle/sro-desktop" ]; then
    program="$(cd "$bundle" && pwd)/sro-desktop"  # the bundle's own program
fi

# The desktop's caches; each tool only if installed, and none of them may stop us.
refresh() {
    if have update-mime-database; then update-mime-database "$data/mime" >/dev/null 2>&1 || true; fi
    if have update-desktop-database; then
        update-desktop-database "$data/applications" >/dev/null 2>&1 || true
    fi
    if have gtk-update-icon-cache && [ -f "$data/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$data/icons/hicolor" >/dev/null 2>&1 || true
    fi
    if have xdg-desktop-menu; then xdg-desktop-menu forceupdate >/dev/null 2>&1 || true; fi
}

forget_default() {  # our line in mimeapps.list, if any
    local list="$config/mimeapps.list"
    if [ -f "$list" ]; then
        sed -i "\\|^$mime_type=$desktop_file;\\{0,1\\}\$|d" "$list"
    fi
}

if [ "$action" = uninstall ]; then
    rm -f "$data/applications/$desktop_file" "$data/mime/packages/sro-desktop-mime.xml" \
          "$data/icons/hicolor/scalable/apps/sro-desktop.svg"
    for size in $sizes; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/sro-desktop.png"
    done
    forget_default
    refresh
    echo "SRO Desktop ist aus dem Menü entfernt. Ihre Dateien und Sicherungen bleiben erhalten."
    exit 0
fi

for size in $sizes; do
    [ -f "$icons/sro-desktop-$size.png" ] || { echo "install.sh: missing $icons/sro-desktop-$size.png" >&2; exit 1; }
done

install -d "$data/applications" "$data/mime/packages" "$data/icons/hicolor/scalable/apps"
if [ -n "$program" ]; then
    case "$program" in /*) ;; *) program="$(pwd)/$program" ;; esac
    sed -e "s|^Exec=sro-desktop |Exec=\"$program\" |" -e "s|^TryExec=.*|TryExec=$program|" \
        "$here/$desktop_file" > "$data/applications/$desktop_file.tmp"
    mv "$data/applications/$desktop_file.tmp" "$data/applications/$desktop_file"
    chmod 644 "$data/applications/$desktop_file"
else
    install -m 644 "$here/$desktop_file" "$data/applications/$desktop_file"
fi
install -m 644 "$here/sro-desktop-mime.xml" "$data/mime/packages/sro-desktop-mime.xml"
install -m 644 "$icons/sro-desktop.svg" "$data/icons/hicolor/scalable/apps/sro-desktop.svg"
for size in $sizes; do
    install -d "$data/icons/hicolor/${size}x${size}/apps"
    install -m 644 "$icons/sro-desktop-$size.png" "$data/icons/hicolor/${size}x${size}/apps/sro-desktop.png"
done
refresh
# .sro files open in SRO Desktop (the user's choice in mimeapps.list, as xdg-mime writes it)
if have xdg-mime; then
    XDG_CONFIG_HOME="$config" xdg-mime default "$desktop_file" "$mime_type" >/dev/null 2>&1 || true
fi
echo "SRO Desktop ist im Menü; .sro-Dateien öffnen sich mit einem Doppelklick darin."
