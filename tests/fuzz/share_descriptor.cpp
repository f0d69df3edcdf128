// Fuzz target: the share descriptor, phonghop-share.json, as every seat reads it first
// (ShareReader::readInfo from a real folder).
#include "fuzzsupport.h"

#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharereader.h"

using namespace phonghop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString share = fuzz::freshFolder(QStringLiteral("share"));
    fuzz::writeFile(share + u'/' + shareformat::descriptorFileName, fuzz::bytesOf(data, size));

    ShareReader::InfoProblem problem = ShareReader::InfoProblem::None;
    const Result<ShareInfo> info = ShareReader(share).readInfo(&problem);
    if (info) {
        PHONGHOP_FUZZ_CHECK("share_descriptor", problem == ShareReader::InfoProblem::None);
        PHONGHOP_FUZZ_CHECK("share_descriptor", info->organisationKey.size() == 32);
        PHONGHOP_FUZZ_CHECK("share_descriptor", info->majorVersion <= shareformat::majorVersion);
        (void)keyFingerprint(info->organisationKey);
    } else {
        PHONGHOP_FUZZ_CHECK("share_descriptor", problem != ShareReader::InfoProblem::None);
        PHONGHOP_FUZZ_CHECK("share_descriptor", !info.error().isEmpty());
    }
    // The version text alone, as the descriptor carries it.
    if (size < 64) {
        const auto version
            = shareformat::parseVersion(QString::fromUtf8(fuzz::bytesOf(data, size)));
        if (version)
            PHONGHOP_FUZZ_CHECK("share_descriptor", version->major >= 0 && version->minor >= 0);
    }
    return 0;
}
