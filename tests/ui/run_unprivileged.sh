#!/bin/sh
# Runs a test program without capture permission: as root, switched to the user nobody with
# every capability dropped; as any other user, as is (no capabilities unless granted).
if [ "$(id -u)" = 0 ]; then
    exec setpriv --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all \
        --bounding-set=-all -- "$@"
fi
exec "$@"
