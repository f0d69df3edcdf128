// The corpus replay driver of the ordinary (GCC) build: runs one fuzz target's
// LLVMFuzzerTestOneInput on every file of the given folders or files, as libFuzzer would run
// a single input, so ctest replays the committed corpus in every run (docs/fuzzing.md).
//   phonghop_fuzz_replay TARGET PATH...
// Each target's source is compiled here with LLVMFuzzerTestOneInput renamed to
// phonghop_fuzz_<target> (tests/fuzz/CMakeLists.txt), so all targets fit in one program.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>

#define PHONGHOP_FUZZ_TARGET(name) extern "C" int phonghop_fuzz_##name(const uint8_t *, size_t);
#include "fuzztargets.inc"
#undef PHONGHOP_FUZZ_TARGET

namespace {
using Entry = int (*)(const uint8_t *, size_t);

const std::map<std::string, Entry> &targets()
{
    static const std::map<std::string, Entry> all {
#define PHONGHOP_FUZZ_TARGET(name) { #name, &phonghop_fuzz_##name },
#include "fuzztargets.inc"
#undef PHONGHOP_FUZZ_TARGET
    };
    return all;
}

QStringList inputsOf(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return { path };
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    std::sort(files.begin(), files.end());
    return files;
}
} // namespace

int main(int argc, char **argv)
{
    // No QCoreApplication: libFuzzer runs the targets without one too.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const auto found
        = arguments.isEmpty() ? targets().end() : targets().find(arguments.first().toStdString());
    if (found == targets().end() || arguments.size() < 2) {
        std::fprintf(stderr, "Usage: phonghop_fuzz_replay TARGET PATH...\nTargets:");
        for (const auto &target : targets())
            std::fprintf(stderr, " %s", target.first.c_str());
        std::fprintf(stderr, "\n");
        return 2;
    }
    int replayed = 0;
    for (const QString &path : arguments.mid(1)) {
        const QStringList inputs = inputsOf(path);
        if (inputs.isEmpty()) {
            std::fprintf(stderr, "%s: no inputs (a missing corpus?)\n", qPrintable(path));
            return 1;
        }
        for (const QString &input : inputs) {
            QFile file(input);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(input), qPrintable(file.errorString()));
                return 1;
            }
            const QByteArray bytes = file.readAll();
            // A copy of its own, like libFuzzer's: reading past the end stays detectable.
            std::string copy(bytes.constData(), static_cast<size_t>(bytes.size()));
            std::fprintf(stdout, "%s\n", qPrintable(QDir(path).relativeFilePath(input)));
            std::fflush(stdout);
            found->second(reinterpret_cast<const uint8_t *>(copy.data()), copy.size());
            ++replayed;
        }
    }
    std::printf("%s: %d inputs replayed\n", found->first.c_str(), replayed);
    return 0;
}
