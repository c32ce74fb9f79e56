# Pipeline as a container: converts /data/in to /data/out (override with the PIPELINE_* variables or arguments).
# Build: docker build -t pipeline .    Run: docker run --rm -v "$PWD/in:/data/in:ro" -v "$PWD/out:/data/out" pipeline

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Project files first, so the restore layer is reused while only sources change.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Pipeline.Core/Pipeline.Core.csproj src/Pipeline.Core/
COPY src/Pipeline.Formats/Pipeline.Formats.csproj src/Pipeline.Formats/
COPY src/Pipeline.Cli/Pipeline.Cli.csproj src/Pipeline.Cli/
RUN dotnet restore src/Pipeline.Cli/Pipeline.Cli.csproj --runtime linux-x64
COPY src/ src/
# For a runtime, the project publishes ReadyToRun (precompiled): less start-up JIT in every run.
RUN dotnet publish src/Pipeline.Cli/Pipeline.Cli.csproj --configuration Release --runtime linux-x64 --self-contained false --no-restore --output /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data/in /data/out && chown "$APP_UID" /data/out
ENV PIPELINE_INPUT=/data/in \
    PIPELINE_OUTPUT=/data/out \
    PIPELINE_LOG_FORMAT=json
# The image's unprivileged "app" user; the pipeline needs to write only to the output folder.
USER $APP_UID
# SIGTERM lets a running batch finish its current files, so nothing is left half-written (exit code 143).
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "/app/pipeline.dll"]
CMD ["convert"]
