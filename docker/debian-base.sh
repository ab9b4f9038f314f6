#!/usr/bin/env bash
# Builds the local stand-in for python:3.11-slim where no public image registry can be reached (`make images`):
# Debian bookworm (minbase) made with debootstrap from Debian's mirror, with its python3 (3.11) and a virtualenv in
# /opt/python put first on PATH, so `python` and `pip` work as in the official image. Imported with `docker import`.
#
#   docker/debian-base.sh IMAGE        (root, debootstrap installed; DEBIAN_MIRROR overrides the mirror)
set -euo pipefail

image=${1:?usage: $0 IMAGE}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=bookworm

[[ $(id -u) -eq 0 ]] || { echo "$0: debootstrap needs root" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "$0: debootstrap not found (apt-get install debootstrap)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/debian-base.XXXXXX")
trap 'rm -rf "$work"' EXIT
rootfs=$work/rootfs

# ca-certificates: as in python:3.11-slim (TLS to an OIDC provider's keys, pip). python3-venv brings ensurepip's
# wheels, so the virtualenv gets pip without the network.
debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates "$suite" "$rootfs" "$mirror"

# As Debian's own container images: no documentation or translations from later installs, no recommends, no caches.
cat >"$rootfs/etc/dpkg/dpkg.cfg.d/container-slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
EOF
cat >"$rootfs/etc/apt/apt.conf.d/container-slim" <<'EOF'
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Languages "none";
EOF
chroot "$rootfs" python3 -m venv /opt/python
chroot "$rootfs" /opt/python/bin/python -c 'import sys, pip; assert sys.version_info[:2] == (3, 11), sys.version'

find "$rootfs/usr/share/doc" -mindepth 2 ! -name copyright ! -type d -delete
find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete
rm -rf "$rootfs"/usr/share/{man,info}/* "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* \
    "$rootfs"/var/cache/debconf/*-old "$rootfs"/var/log/*.log "$rootfs"/tmp/*
find "$rootfs/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} +
find "$rootfs/opt/python" -name __pycache__ -type d -prune -exec rm -rf {} +
# Docker supplies these per container.
: >"$rootfs/etc/resolv.conf"
: >"$rootfs/etc/hostname"

tar --numeric-owner -C "$rootfs" -c . | docker import \
    --change 'ENV PATH=/opt/python/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' \
    --change 'CMD ["python3"]' \
    --message "debootstrap --variant=minbase $suite + python3 (Debian) + /opt/python virtualenv" \
    - "$image"
