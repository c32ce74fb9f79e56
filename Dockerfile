# Pipeline as a container: converts /data/in to /data/out (override with the PIPELINE_* variables or arguments).
# Build: docker build -t pipeline .            (multi-arch: docker buildx build --platform linux/amd64,linux/arm64 -t pipeline .)
# Run:   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD/in:/data/in:ro" -v "$PWD/out:/data/out" pipeline
# --user: a bind-mounted folder belongs to you, not to the image's user; without it the run stops at once with
# "output folder /data/out is not writable".

# The command is published Native AOT (one native binary, no JIT at start-up), which links with the target's own
# C toolchain: the SDK stage runs on the target's platform (TARGETARCH: amd64, arm64, …; the SDK maps amd64 to x64),
# so a foreign architecture builds under emulation (buildx with QEMU) rather than cross-publishing.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends clang zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Project files first, so the restore layer is reused while only sources change.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Pipeline.Core/Pipeline.Core.csproj src/Pipeline.Core/
COPY src/Pipeline.Formats/Pipeline.Formats.csproj src/Pipeline.Formats/
COPY src/Pipeline.Cli/Pipeline.Cli.csproj src/Pipeline.Cli/
RUN dotnet restore src/Pipeline.Cli/Pipeline.Cli.csproj --os linux --arch "$TARGETARCH"
COPY src/ src/
# For a runtime, the project publishes Native AOT (PublishAot in Pipeline.Cli.csproj): no .NET runtime in the image.
RUN dotnet publish src/Pipeline.Cli/Pipeline.Cli.csproj --configuration Release --os linux --arch "$TARGETARCH" --no-restore --output /app \
    && rm -f /app/*.dbg /app/*.pdb

# runtime-deps: the native libraries a .NET program needs (ICU for culture-aware text included), no runtime.
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0
WORKDIR /app
COPY --from=build /app ./
# /data/out is writable by every user, so `--user` with any uid works when no folder is mounted over it.
RUN mkdir -p /data/in /data/out && chown "$APP_UID" /data/out && chmod 1777 /data/out
ENV PIPELINE_INPUT=/data/in \
    PIPELINE_OUTPUT=/data/out \
    PIPELINE_LOG_FORMAT=json
# The image's unprivileged "app" user; the pipeline needs to write only to the output folder.
USER $APP_UID
# SIGTERM lets a running batch finish its current files, so nothing is left half-written (exit code 143).
STOPSIGNAL SIGTERM
ENTRYPOINT ["/app/pipeline"]
CMD ["convert"]
