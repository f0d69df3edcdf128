#include <catch2/catch.hpp>

#include "about/aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

using namespace phonghop;

namespace {
QString labelText(const QWidget &dialog, const QString &name)
{
    const auto *label = dialog.findChild<QLabel *>(name);
    REQUIRE(label != nullptr);
    return label->text();
}
} // namespace

TEST_CASE("The About dialog shows the version, build date and each library", "[about]")
{
    BuildInfo info;
    info.applicationVersion = QStringLiteral("9.8.7");
    info.buildDate = QStringLiteral("2026-11-27");
    info.libraries = { { QStringLiteral("Qt"), QStringLiteral("6.4.2") },
        { QStringLiteral("Poppler"), QStringLiteral("22.12.0") },
        { QStringLiteral("SQLite"), QStringLiteral("3.40.1") },
        { QStringLiteral("libsodium"), QStringLiteral("1.0.18") } };
    ui::AboutDialog dialog(info, QStringLiteral("/nonexistent/phonghop.conf"));
    dialog.show();

    CHECK(labelText(dialog, QStringLiteral("version")) == u"9.8.7");
    CHECK(labelText(dialog, QStringLiteral("buildDate")) == u"2026-11-27");
    CHECK(labelText(dialog, QStringLiteral("library-Poppler")) == u"22.12.0");
    CHECK(labelText(dialog, QStringLiteral("library-libsodium")) == u"1.0.18");
    CHECK(labelText(dialog, QStringLiteral("systemSettings")).contains(u"not present"));
    CHECK(labelText(dialog, QStringLiteral("title")).contains(u"9.8.7"));
}

TEST_CASE("The About dialog's Copy button puts the details on the clipboard", "[about]")
{
    QTemporaryDir dir;
    const QString system = dir.filePath(QStringLiteral("phonghop.conf"));
    ui::AboutDialog dialog(BuildInfo::current(), system);
    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copy"));
    REQUIRE(copy != nullptr);
    QApplication::clipboard()->clear();
    copy->click();
    const QString copied = QApplication::clipboard()->text();
    CHECK(copied == dialog.reportText());
    CHECK(copied.contains(BuildInfo::current().applicationVersion));
    CHECK(copied.contains(u"SQLite: "));
    CHECK(copied.contains(system));
}
