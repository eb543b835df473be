# corolint in a Debian 12 image: the corolint-llvmNN package and what linting
# needs at run time (Clang's resource headers come with the package's
# dependencies, the C++ standard library's headers with libstdc++-12-dev).
#
# Build it (makes the package if missing, puts the .deb in a temporary
# context and tags the image corolint:NN):
#
#   scripts/build-docker-image.sh [--llvm 19|22] [BUILD_DIR]
#
# or by hand, from a directory holding the package:
#
#   docker build -f Dockerfile --build-arg LLVM=22 \
#     --build-arg DEB=corolint-llvm22_0.1.0_amd64.deb -t corolint:22 <dir>
#
# Run it on a project configured with CMAKE_EXPORT_COMPILE_COMMANDS=ON:
#
#   docker run --rm -v "$PWD:/src" corolint:22 -p build
#
# The compile database's paths must be valid inside the container: configure
# the project at /src (in a CI job running in a container with the project
# there), or mount it at the path it was configured at
# (-v "$PWD:$PWD" -w "$PWD"). Headers the project includes from outside its
# tree (asio, Boost, cpp-httplib, ...) must be in the image too: derive an
# image from this one that installs them (FROM corolint:22, RUN apt-get
# install ...), or mount them at the paths the database names. No compiler is
# needed: corolint does not run the one the database names. See
# docs/container.md.
FROM debian:12

# The LLVM the package was built against, and the package file in the build
# context (a glob is fine: COPY expands it).
ARG LLVM=22
ARG DEB=corolint-llvm${LLVM}_*_amd64.deb
ARG DEBIAN_FRONTEND=noninteractive

COPY ${DEB} /tmp/corolint/
RUN apt-get update \
 && apt-get install -y --no-install-recommends /tmp/corolint/*.deb libstdc++-12-dev \
 && rm -rf /var/lib/apt/lists/* /tmp/corolint

WORKDIR /src
ENTRYPOINT ["corolint"]
CMD ["--help"]
