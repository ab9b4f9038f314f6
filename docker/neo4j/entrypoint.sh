#!/bin/bash
# Entry point of the local Neo4j image (docker/neo4j/Dockerfile), doing what the official image's does for this
# project's use:
#   NEO4J_AUTH=neo4j/<password>  sets the initial password (takes effect while /data has no system database);
#   NEO4J_AUTH=none              turns authentication off;
#   NEO4J_<setting>              any neo4j.conf setting, named as in the official image: "_" for ".", "__" for "_"
#                                (NEO4J_server_memory_heap_max__size=2G is server.memory.heap.max_size=2G); the heap
#                                sizes become the JVM's -Xms/-Xmx, as the official launcher does;
#   /data /logs /plugins /import the server's folders (/data is the volume to keep), Bolt 7687, HTTP 7474;
#   `neo4j` (the default command) runs the server in the foreground as user neo4j (uid 7474), logging to stdout;
#   any other command (cypher-shell, neo4j-admin, bash) runs as given.
# Not supported: NEO4J_PLUGINS, server.jvm.additional (JVM flags are fixed below), enterprise settings.
set -euo pipefail

home=${NEO4J_HOME:-/var/lib/neo4j}
conf_dir=${NEO4J_CONF:-$home/conf}

if [[ ${1:-neo4j} != neo4j ]]; then
    exec "$@"
fi

# The official image's defaults, then every NEO4J_* variable that names a setting.
declare -A settings=(
    [server.default_listen_address]=0.0.0.0
    [server.directories.data]=/data
    [server.directories.logs]=/logs
    [server.directories.plugins]=/plugins
    [server.directories.import]=/import
    [server.directories.lib]=$home/lib
    [server.directories.run]=$home/run
    [server.memory.pagecache.size]=512M
    [server.https.enabled]=false
    # Not in the official image: a stop takes ~1 s instead of ~10 s waiting for idle Bolt threads (as the managed
    # server, api/managed/files.py), well inside compose's stop timeout.
    [internal.server.bolt.thread_pool_shutdown_wait_time]=1s
    [internal.server.bolt.connection_shutdown_wait_time]=1s
)
reserved=" NEO4J_AUTH NEO4J_HOME NEO4J_CONF NEO4J_EDITION NEO4J_ACCEPT_LICENSE_AGREEMENT NEO4J_PLUGINS NEO4J_DEBUG "
while IFS='=' read -r -d '' name value; do
    [[ $name == NEO4J_* && $reserved != *" $name "* ]] || continue
    key=${name#NEO4J_}
    key=${key//__/@}
    key=${key//_/.}
    key=${key//@/_}
    settings[$key]=$value
done < <(env -0)

case ${NEO4J_AUTH:-} in
    none) settings[dbms.security.auth_enabled]=false ;;
    "") ;;  # the server's default: user neo4j, password neo4j, to be changed at the first login
    neo4j/*) ;;
    *) echo "NEO4J_AUTH must be none or neo4j/<password>, not a user of another name" >&2; exit 1 ;;
esac

{
    echo "# Written by docker-entrypoint.sh at every start from the image's defaults and NEO4J_* variables."
    for key in "${!settings[@]}"; do
        printf '%s=%s\n' "$key" "${settings[$key]}"
    done | sort
} >"$conf_dir/neo4j.conf"

# The JVM's heap, from the settings as the official launcher takes it (Neo4j's units k/m/g, in either case).
jvm_size() {
    local size=$1
    [[ $size =~ ^([0-9]+)([kKmMgG])(i?[bB])?$ || $size =~ ^([0-9]+)()$ ]] || {
        echo "unsupported size for the heap: $size (use a number with k, m or g)" >&2
        exit 1
    }
    echo "${BASH_REMATCH[1]}${BASH_REMATCH[2]}"
}
heap=()
[[ -n ${settings[server.memory.heap.initial_size]:-} ]] && heap+=("-Xms$(jvm_size "${settings[server.memory.heap.initial_size]}")")
[[ -n ${settings[server.memory.heap.max_size]:-} ]] && heap+=("-Xmx$(jvm_size "${settings[server.memory.heap.max_size]}")")

# As root: hand the folders to neo4j (a fresh named volume is root's), then drop to it for everything below.
as_neo4j=()
if [[ $(id -u) -eq 0 ]]; then
    for dir in /data /logs /plugins /import "$home/run" "$conf_dir"; do
        [[ $(stat -c %u "$dir") == 7474 ]] || chown -R neo4j:neo4j "$dir"
    done
    as_neo4j=(setpriv --reuid=neo4j --regid=neo4j --init-groups --)
fi

if [[ ${NEO4J_AUTH:-} == neo4j/* ]]; then
    password=${NEO4J_AUTH#neo4j/}
    # Effective only while the system database does not exist yet, as in the official image. `--` because a
    # password may begin with "-".
    if ! out=$("${as_neo4j[@]}" neo4j-admin dbms set-initial-password -- "$password" 2>&1); then
        echo "neo4j-admin dbms set-initial-password failed:" >&2
        echo "${out//"$password"/***}" >&2
        exit 1
    fi
fi

exec "${as_neo4j[@]}" java "${heap[@]}" \
    -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC \
    -Dfile.encoding=UTF-8 -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true \
    -Dlog4j2.disable.jmx=true \
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
    -cp "$home/lib/*" org.neo4j.server.CommunityEntryPoint \
    --home-dir="$home" --config-dir="$conf_dir" --console-mode
