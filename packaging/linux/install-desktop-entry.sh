#!/bin/sh
# Adds Incubator to the desktop's application menu for the current user (no root): the desktop
# entry, the icons and the AppStream metainfo go under ~/.local/share, pointing at this folder.
#   ./install-desktop-entry.sh            install
#   ./install-desktop-entry.sh --remove   remove
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
ID=io.github.incubator_app
if [ "${1:-}" = "--remove" ]; then
  rm -f "$DATA/applications/$ID.desktop" "$DATA/metainfo/$ID.metainfo.xml"
  find "$DATA/icons/hicolor" -name "$ID.*" -delete 2>/dev/null || true
  exit 0
fi
mkdir -p "$DATA/applications" "$DATA/metainfo"
sed "s|^Exec=incubator-app|Exec=\"$HERE/incubator-app\"|" "$HERE/share/applications/$ID.desktop" \
  > "$DATA/applications/$ID.desktop"
cp "$HERE/share/metainfo/$ID.metainfo.xml" "$DATA/metainfo/"
(cd "$HERE/share" && find icons -type f | while read -r f; do
  mkdir -p "$DATA/$(dirname "$f")"; cp "$f" "$DATA/$f"; done)
command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true
echo "Incubator added to the application menu ($DATA/applications/$ID.desktop)"
