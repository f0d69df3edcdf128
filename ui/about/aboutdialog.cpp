#include "aboutdialog.h"

#include "meeting_core/settings/appsettings.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace phonghop::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : AboutDialog(BuildInfo::current(), AppSettings::systemConfigPath(), parent)
{
}

AboutDialog::AboutDialog(const BuildInfo &info, const QString &systemConfigPath, QWidget *parent)
    : QDialog(parent)
    , m_info(info)
    , m_systemConfigPath(systemConfigPath)
{
    setWindowTitle(tr("About PhòngHọp"));

    auto *icon = new QLabel(this);
    // The installed theme icon first (the package puts it in hicolor), then the built-in one.
    icon->setPixmap(
        QIcon::fromTheme(QStringLiteral("phonghop"), QIcon(QStringLiteral(":/icons/phonghop.svg")))
            .pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("title"));
    title->setTextFormat(Qt::RichText);
    title->setText(QStringLiteral("<h2>PhòngHọp %1</h2><p>%2</p>")
                       .arg(m_info.applicationVersion.toHtmlEscaped(),
                           tr("Paperless meetings for People's Committees").toHtmlEscaped()));

    auto *details = new QFormLayout;
    auto addRow
        = [this, details](const QString &label, const QString &value, const QString &objectName) {
              auto *field = new QLabel(value, this);
              field->setObjectName(objectName);
              field->setTextInteractionFlags(Qt::TextSelectableByMouse);
              details->addRow(label, field);
          };
    addRow(tr("Version:"), m_info.applicationVersion, QStringLiteral("version"));
    addRow(tr("Build date:"), m_info.buildDate, QStringLiteral("buildDate"));
    for (const BuildInfo::Library &library : m_info.libraries)
        addRow(library.name + u':', library.version, QStringLiteral("library-") + library.name);
    // IT needs to know whether the machine's settings file is in effect.
    const QString systemState = m_systemConfigPath.isEmpty()
        ? tr("none")
        : (QFileInfo::exists(m_systemConfigPath) ? m_systemConfigPath
                                                 : tr("%1 (not present)").arg(m_systemConfigPath));
    addRow(tr("System settings:"), systemState, QStringLiteral("systemSettings"));

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addLayout(details);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copy"));
    copy->setToolTip(tr("Copy these details to send them to IT support"));
    connect(copy, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(reportText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

QString AboutDialog::reportText() const
{
    return m_info.toText(QStringLiteral("PhòngHọp"))
        + tr("System settings: %1")
              .arg(m_systemConfigPath.isEmpty() ? tr("none") : m_systemConfigPath)
        + u'\n';
}

} // namespace phonghop::ui
