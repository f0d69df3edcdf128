// phonghop: the delegate's application. Opens the meetings of a share from the local cache,
// or one PDF file (`phonghop FILE.pdf`).
#include "i18n/languageloader.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/startupoptions.h"
#include "meeting_core/search/searchindexservice.h"
#include "meeting_core/settings/appsettings.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncservice.h"
#include "setup/devicepindialog.h"
#include "setup/firstrunwizard.h"
#include "setup/passphrasedialog.h"
#include "setup/seatsettings.h"
#include "startuptrace.h"
#include "style/touchstyle.h"
#include "viewer/standaloneviewerwindow.h"

#include <QApplication>
#include <QMessageBox>
#include <fontconfig/fontconfig.h>
#include <thread>

using namespace phonghop;

int main(int argc, char *argv[])
{
    startuptrace::mark("main");
    // Fontconfig's first use parses its configuration and font cache (a fifth of the time to the
    // first page of a PDF, issue 20): started on the second core while Qt connects to the
    // display, so that Qt's font database, needed by the first widget that measures text, finds
    // it ready. Fontconfig's initialisation is thread-safe; a race only does the work twice.
    std::thread([] { FcInit(); }).detach();
    QApplication app(argc, argv);
    startuptrace::mark("QApplication");
    QApplication::setApplicationName(QStringLiteral("phonghop"));
    QApplication::setApplicationDisplayName(QStringLiteral("PhòngHọp"));
    QApplication::setOrganizationName(QStringLiteral("PhongHop"));
    QApplication::setDesktopFileName(QStringLiteral("vn.phonghop.PhongHop"));
    // Touch-sized controls and a wheel that never changes an unfocused box (issue 14).
    ui::installTouchStyle(app);
    startuptrace::mark("style");

    AppSettings settings;
    settings.migrate();
    ui::LanguageLoader language;
    language.load(TranslationLoader::languageFor(settings));
    startuptrace::mark("settings and translations");

    QStringList arguments = QApplication::arguments();
    arguments.removeFirst();
    const ui::StartupOptions options = ui::StartupOptions::parse(arguments);
    if (!options.error.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), options.error);
        return 2;
    }
    if (!options.pdfFile.isEmpty()) {
        ui::StandaloneViewerWindow viewer;
        startuptrace::mark("window built");
        startuptrace::watchFirstPage(viewer);
        viewer.openFile(options.pdfFile);
        startuptrace::mark("document opened");
        viewer.showAtLastPlace();
        startuptrace::mark("window shown");
        return app.exec();
    }

    const QString cachePath
        = options.cachePath.isEmpty() ? settings.cachePath() : options.cachePath;
    QString sharePath = options.sharePath.isEmpty() ? settings.sharePath() : options.sharePath;
    auto cache = MeetingCache::open(cachePath);
    startuptrace::mark("cache opened");
    if (!cache) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), cache.error());
        return 1;
    }
    // A device key under a PIN is opened before anything signs with it; left locked, the seat
    // still reads and syncs.
    ui::unlockDeviceKeyIfNeeded(cachePath);
    QString secretaryKey = options.secretaryKeyPath;
    std::optional<SigningKey> unlockedKey;
    if (secretaryKey.isEmpty())
        secretaryKey = ui::rememberedSecretaryKeyPath(*cache.value());
    // First run: join the organisation's folder, or set up a new organisation.
    if (sharePath.isEmpty()) {
        ui::FirstRunWizard wizard(&settings, *cache.value());
        if (wizard.exec() == QDialog::Accepted) {
            sharePath = wizard.sharePath();
            if (!wizard.secretaryKeyPath().isEmpty())
                secretaryKey = wizard.secretaryKeyPath();
            unlockedKey = wizard.organisationKey();
        }
    } else if (!options.secretaryKeyPath.isEmpty()) {
        // --secretary-key: the key is opened now (its passphrase asked once), so that a wrong
        // file or passphrase is said at once rather than at the first publication.
        const Result<SigningKey> key = ui::unlockOrganisationKey(nullptr, options.secretaryKeyPath);
        if (!key && !key.error().isEmpty()) {
            QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), key.error());
            return 4;
        }
        unlockedKey = key ? std::optional<SigningKey>(key.value()) : std::nullopt;
    }
    SyncService sync(cachePath, sharePath);
    sync.setRequiredOrganisationFingerprint(settings.organisationKeyFingerprint());
    sync.setScope(syncScopeFromKey(settings.syncScope()).value_or(SyncScope::Own));
    sync.setKeepPastDocumentsDays(settings.keepPastDocumentsDays());
    // A share given on the command line is for this run only; one chosen in the app is kept.
    ui::MainWindow window(*cache.value(), sync, options.sharePath.isEmpty() ? &settings : nullptr);
    SearchIndexService search(cachePath);
    window.setSearchService(&search);
    window.setSecretaryKeyPath(secretaryKey);
    if (unlockedKey)
        window.setSecretaryKey(*unlockedKey);
    startuptrace::mark("window built");
    startuptrace::watchFirstPage(window);
    window.show();
    startuptrace::mark("window shown");
    sync.start();
    return app.exec();
}
