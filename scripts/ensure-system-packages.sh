#!/usr/bin/env bash
# The browser and office tests need Debian's chromium, CJK fonts, LibreOffice Calc and poppler.
# Installs whatever is missing (as root, or through passwordless sudo); otherwise says what to run.
set -euo pipefail

packages=()
for package in chromium fonts-noto-cjk libreoffice-calc-nogui poppler-utils; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || packages+=("$package")
done

[ ${#packages[@]} -eq 0 ] && exit 0

install="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${packages[*]}"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "시스템 패키지 설치 / installing system packages: ${packages[*]}" >&2
  bash -c "$install" >&2
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  echo "시스템 패키지 설치 / installing system packages: ${packages[*]}" >&2
  sudo bash -c "$install" >&2
else
  echo "테스트에 필요한 Debian 패키지가 없습니다 / missing Debian packages: ${packages[*]}" >&2
  echo "다음을 실행하세요 / run: sudo bash -c '$install'" >&2
  exit 1
fi
