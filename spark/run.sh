#!/usr/bin/env bash
# Runs the pdpguard Spark job locally, without a Spark installation: Spark's jars come from Maven
# (the class path is built once into spark/target/classpath.txt), the master is local[*] unless
# --master is given. Examples:
#   spark/run.sh sample --rows 100000 --output /tmp/khach_hang.parquet
#   spark/run.sh scan --input /tmp/khach_hang.parquet --format parquet --output /tmp/scan --output-format jsonl
#   spark/run.sh judge --findings /tmp/scan/findings --output /tmp/violations.jsonl
#   spark/run.sh redact --input /tmp/khach_hang.parquet --format parquet --output /tmp/redacted \
#       --key-file project.key --operator PERSON_NAME=pseudonym,VN_CCCD=fpe
# JVM flags go in PDPGUARD_JAVA_OPTS (e.g. -Xmx4g). For a cluster use spark-submit (docs/SPARK.md).
set -euo pipefail
root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/spark/target"
cp_file="$target/classpath.txt"

needs_build() {
  [ ! -f "$cp_file" ] || [ ! -d "$target/classes" ] && return 0
  [ -n "$(find "$root/pom.xml" "$root"/{core,sources,protect,judge,spark}/pom.xml \
    "$root"/{core,sources,protect,judge,spark}/src/main -newer "$cp_file" -print -quit 2>/dev/null)" ]
}

if needs_build; then
  echo "pdpguard-spark: đang build / building..." >&2
  log="$(mktemp "${TMPDIR:-/tmp}/pdpguard-spark-build.XXXXXX")"
  if ! { mvn -B -q -f "$root/pom.xml" -pl spark -am -DskipTests install >"$log" 2>&1 &&
    mvn -B -q -f "$root/pom.xml" -pl spark dependency:build-classpath -Dmdep.includeScope=compile \
      -Dmdep.outputFile="$cp_file" >>"$log" 2>&1; }; then
    cat "$log" >&2
    rm -f "$log"
    echo "pdpguard-spark: build thất bại / build failed" >&2
    exit 3
  fi
  rm -f "$log"
  # build-classpath leaves an unchanged file as it was: mark the build done, or every run builds.
  touch "$cp_file"
fi

# Spark on Java 17 reaches into JDK internals (the same list as spark/pom.xml's surefire argLine).
opens=(
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true
)
# shellcheck disable=SC2086 # PDPGUARD_JAVA_OPTS holds several flags on purpose
exec java "${opens[@]}" -Dspark.ui.enabled=false ${PDPGUARD_JAVA_OPTS:-} \
  -cp "$target/classes:$(cat "$cp_file")" org.pdpguard.spark.PdpguardSpark "$@"
