// Fuzz target: the secretary's draft store (<data>/drafts/<key>.json, on this machine only).
// The input is one draft file; the store lists and loads it, and a draft it reads is saved
// again and must load back unchanged, so a save never loses what was read.
#include "fuzzsupport.h"

#include "meeting_core/publish/draftstore.h"

using namespace phonghop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString folder = fuzz::freshFolder(QStringLiteral("store"));
    fuzz::writeFile(folder + QStringLiteral("/drafts/fuzz.json"), fuzz::bytesOf(data, size));
    DraftStore store(folder);
    QStringList problems;
    const QList<DraftStore::Entry> entries = store.list(&problems);
    PHONGHOP_FUZZ_CHECK("draft_store", entries.size() + problems.size() == 1);
    const Result<DraftMeeting> loaded = store.load(QStringLiteral("fuzz"));
    PHONGHOP_FUZZ_CHECK("draft_store", loaded.ok() == (entries.size() == 1));
    if (!loaded)
        return 0;
    PHONGHOP_FUZZ_CHECK("draft_store", entries.first().key == u"fuzz");
    PHONGHOP_FUZZ_CHECK("draft_store", entries.first().draft == loaded.value());

    const Result<QString> saved = store.save(loaded.value(), QStringLiteral("copy"));
    PHONGHOP_FUZZ_CHECK("draft_store", saved.ok());
    const Result<DraftMeeting> reloaded = store.load(saved.value());
    PHONGHOP_FUZZ_CHECK("draft_store", reloaded.ok());
    PHONGHOP_FUZZ_CHECK("draft_store", reloaded.value() == loaded.value());
    const Result<QString> fresh = store.save(loaded.value());
    PHONGHOP_FUZZ_CHECK("draft_store", fresh.ok());
    PHONGHOP_FUZZ_CHECK("draft_store", store.list().size() == 3);
    PHONGHOP_FUZZ_CHECK("draft_store", store.remove(fresh.value()));
    return 0;
}
