#include "firstrunwizard.h"

#include "meeting_core/org/organisationadmin.h"
#include "meeting_core/settings/appsettings.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/trust/organisationpin.h"
#include "meeting_core/trust/signingkey.h"
#include "organisationconfirmdialog.h"
#include "passphrasedialog.h"
#include "seatsettings.h"
#include "setupwidgets.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {

// A big choice: a title and a line saying who it is for.
QPushButton *choiceButton(const QString &title, const QString &detail, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setMinimumHeight(96);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(button);
    layout->setContentsMargins(18, 12, 18, 12);
    layout->setSpacing(6);
    layout->addStretch();
    auto *heading = headingLabel(title, button, 1.25);
    heading->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *text = paragraphLabel(detail, button);
    text->setAttribute(Qt::WA_TransparentForMouseEvents);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
    button->setAccessibleName(title);
    return button;
}

// A line edit with a "Choose…" button beside it.
QWidget *pathRow(QLineEdit *edit, QPushButton *choose, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setMinimumHeight(44);
    layout->addWidget(edit, 1);
    layout->addWidget(choose);
    return row;
}

QLineEdit *field(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMinimumHeight(44);
    return edit;
}

bool folderIsEmpty(const QString &path)
{
    const QDir dir(path);
    return !dir.exists()
        || dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

QString defaultKeyPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base.isEmpty() ? QDir::homePath() : base)
        .filePath(QStringLiteral("khoa-co-quan.key"));
}

struct ShareLook {
    Result<ShareInfo> info = Result<ShareInfo>::failure(QString());
    ShareReader::InfoProblem problem = ShareReader::InfoProblem::None;
    bool empty = false;
};

} // namespace

FirstRunWizard::FirstRunWizard(AppSettings *settings, MeetingCache &cache, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_cache(cache)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Welcome to PhòngHọp"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildChoicePage());
    m_pages->addWidget(buildJoinPage());
    m_pages->addWidget(buildSetUpPage());
    m_pages->addWidget(buildDonePage());
    layout->addWidget(m_pages, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("wizardMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    auto *bar = new QHBoxLayout;
    m_back = touchButton(tr("‹ Back"), this);
    m_back->setObjectName(QStringLiteral("wizardBack"));
    m_back->setAutoDefault(false);
    bar->addWidget(m_back);
    bar->addStretch();
    layout->addLayout(bar);
    connect(m_back, &QPushButton::clicked, this, &FirstRunWizard::showChoice);
    setMinimumWidth(480);
    // Room for the set-up form without scrolling where the screen allows it (a portrait
    // tablet), never taller than the screen (a 1366×768 laptop).
    QSize size(780, 860);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    resize(size);
    showChoice();
}

QWidget *FirstRunWizard::buildChoicePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(14);
    layout->addWidget(headingLabel(tr("Welcome to PhòngHọp"), page, 1.6));
    layout->addWidget(
        paragraphLabel(tr("This computer is not connected to a meeting room yet. "
                          "Meetings arrive through your organisation's shared folder."),
            page));
    auto *join = choiceButton(tr("Join an organisation's shared folder"),
        tr("For delegates, the chair and the secretary: IT has told you where the "
           "folder is and given you the organisation's key fingerprint."),
        page);
    join->setObjectName(QStringLiteral("chooseJoin"));
    auto *setUp = choiceButton(tr("Set up a new organisation"),
        tr("For IT or the secretariat, once: creates the organisation's key and its "
           "shared folder in an empty folder."),
        page);
    setUp->setObjectName(QStringLiteral("chooseSetUp"));
    layout->addWidget(join);
    layout->addWidget(setUp);
    layout->addWidget(
        paragraphLabel(tr("You can also close this window and read a single PDF file, or choose "
                          "the folder later from the Meeting menu."),
            page));
    layout->addStretch();
    connect(join, &QPushButton::clicked, this, &FirstRunWizard::showJoin);
    connect(setUp, &QPushButton::clicked, this, &FirstRunWizard::showSetUp);
    return page;
}

QWidget *FirstRunWizard::buildJoinPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(12);
    layout->addWidget(headingLabel(tr("Join an organisation's shared folder"), page, 1.4));
    layout->addWidget(
        paragraphLabel(tr("Choose the shared folder IT told you about (for instance "
                          "\\\\server\\phonghop or /mnt/phonghop). PhòngHọp reads the name of "
                          "the organisation and its key fingerprint from it, and asks you to "
                          "compare the fingerprint with the one IT gave you."),
            page));
    m_joinFolder = field(QStringLiteral("joinFolder"), page);
    m_joinFolder->setPlaceholderText(tr("The shared folder"));
    auto *choose = touchButton(tr("Choose…"), page);
    choose->setAutoDefault(false);
    layout->addWidget(pathRow(m_joinFolder, choose, page));
    auto *go = touchButton(tr("Read the folder and continue"), page, true);
    go->setObjectName(QStringLiteral("joinContinue"));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(go);
    layout->addLayout(row);
    layout->addStretch();
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(
            this, tr("Choose the shared folder"), m_joinFolder->text());
        if (!path.isEmpty())
            m_joinFolder->setText(QDir::toNativeSeparators(path));
    });
    connect(go, &QPushButton::clicked, this,
        [this] { joinFolder(QDir::fromNativeSeparators(m_joinFolder->text().trimmed())); });
    connect(m_joinFolder, &QLineEdit::returnPressed, go, &QPushButton::click);
    return page;
}

QWidget *FirstRunWizard::buildSetUpPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(10);
    layout->addWidget(headingLabel(tr("Set up a new organisation"), page, 1.4));
    layout->addWidget(
        paragraphLabel(tr("Done once, by IT or the secretariat. The organisation's key signs the "
                          "agendas, the people directory and the rosters; whoever holds it can "
                          "publish in the organisation's name. It stays on this computer, "
                          "protected by a passphrase."),
            page));
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(6);

    m_folder = field(QStringLiteral("setUpFolder"), page);
    m_folder->setPlaceholderText(tr("An empty shared folder every seat can read and write"));
    auto *chooseFolder = touchButton(tr("Choose…"), page);
    chooseFolder->setAutoDefault(false);
    form->addRow(tr("Shared folder (must be empty)"), pathRow(m_folder, chooseFolder, page));

    m_name = field(QStringLiteral("setUpName"), page);
    m_name->setPlaceholderText(tr("For instance: UBND xã Sơn Hà"));
    form->addRow(tr("Name of the organisation"), m_name);

    m_keyFile = field(QStringLiteral("setUpKeyFile"), page);
    m_keyFile->setText(QDir::toNativeSeparators(defaultKeyPath()));
    auto *chooseKey = touchButton(tr("Choose…"), page);
    chooseKey->setAutoDefault(false);
    form->addRow(tr("Key file (on this computer)"), pathRow(m_keyFile, chooseKey, page));

    m_passphrase = field(QStringLiteral("setUpPassphrase"), page);
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Passphrase of the key"), m_passphrase);
    m_repeat = field(QStringLiteral("setUpRepeat"), page);
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("The passphrase again"), m_repeat);
    m_strength = new QLabel(page);
    m_strength->setObjectName(QStringLiteral("passphraseStrength"));
    m_strength->setWordWrap(true);
    form->addRow(m_strength);

    m_backupFile = field(QStringLiteral("setUpBackupFile"), page);
    m_backupFile->setPlaceholderText(tr("For instance a file on a USB stick kept in a safe"));
    auto *chooseBackup = touchButton(tr("Choose…"), page);
    chooseBackup->setAutoDefault(false);
    form->addRow(tr("Backup copy of the key (a second protected file)"),
        pathRow(m_backupFile, chooseBackup, page));
    layout->addLayout(form);

    auto *recovery = paragraphLabel(
        tr("How recovery works: the backup copy is the same key, protected by the same passphrase. "
           "If this "
           "computer breaks, install PhòngHọp on another one, copy the backup file there and open "
           "it with the "
           "passphrase: the fingerprint stays the same, so no seat has to be set up again. Keep "
           "the backup "
           "away from this computer and the passphrase in a sealed envelope. Without the key and "
           "its backup, "
           "a new organisation must be set up and every seat told its new fingerprint."),
        page);
    recovery->setStyleSheet(
        QStringLiteral("QLabel { background: #e3f2fd; color: #0d3c61; padding: 10px; "
                       "border-radius: 4px; }"));
    layout->addWidget(recovery);
    auto *create = touchButton(tr("Set up the organisation"), page, true);
    create->setObjectName(QStringLiteral("setUpCreate"));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(create);
    layout->addLayout(row);
    layout->addStretch();

    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(
            this, tr("Choose an empty shared folder"), m_folder->text());
        if (!path.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(path));
    });
    auto chooseFile = [this](QLineEdit *edit, const QString &title) {
        const QString path = QFileDialog::getSaveFileName(this, title, edit->text(),
            tr("Key files (*.key);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            edit->setText(QDir::toNativeSeparators(path));
    };
    connect(chooseKey, &QPushButton::clicked, this,
        [this, chooseFile] { chooseFile(m_keyFile, tr("Where to keep the organisation's key")); });
    connect(chooseBackup, &QPushButton::clicked, this, [this, chooseFile] {
        chooseFile(m_backupFile, tr("Where to keep the backup copy of the key"));
    });
    connect(m_passphrase, &QLineEdit::textChanged, this, &FirstRunWizard::updateStrength);
    connect(m_repeat, &QLineEdit::textChanged, this, &FirstRunWizard::updateStrength);
    connect(create, &QPushButton::clicked, this, &FirstRunWizard::setUp);
    updateStrength();

    auto *area = new QScrollArea(this);
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

QWidget *FirstRunWizard::buildDonePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(14);
    m_doneTitle = headingLabel(QString(), page, 1.5);
    m_doneTitle->setObjectName(QStringLiteral("doneTitle"));
    layout->addWidget(m_doneTitle);
    m_doneText = paragraphLabel(QString(), page);
    m_doneText->setObjectName(QStringLiteral("doneText"));
    layout->addWidget(m_doneText);
    m_doneFingerprint = fingerprintLabel(QString(), page, 1.8);
    m_doneFingerprint->setObjectName(QStringLiteral("doneFingerprint"));
    layout->addWidget(m_doneFingerprint);
    layout->addStretch();
    auto *start = touchButton(tr("Start using PhòngHọp"), page, true);
    start->setObjectName(QStringLiteral("wizardFinish"));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(start);
    layout->addLayout(row);
    connect(start, &QPushButton::clicked, this, &QDialog::accept);
    return page;
}

void FirstRunWizard::setMode(Mode mode)
{
    m_mode = mode;
    m_pages->setCurrentIndex(static_cast<int>(mode));
    m_back->setVisible(mode == Mode::Join || mode == Mode::SetUp);
    setMessage(QString(), false);
}

void FirstRunWizard::showChoice()
{
    setMode(Mode::Choice);
}

void FirstRunWizard::showJoin()
{
    setMode(Mode::Join);
    m_joinFolder->setFocus();
}

void FirstRunWizard::showSetUp()
{
    setMode(Mode::SetUp);
    m_folder->setFocus();
}

void FirstRunWizard::setMessage(const QString &text, bool isError)
{
    showMessage(m_message, text, isError);
}

QString FirstRunWizard::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void FirstRunWizard::updateStrength()
{
    const QString passphrase = m_passphrase->text();
    if (passphrase.isEmpty()) {
        m_strength->setText(
            tr("Choose a passphrase of at least 10 characters; a short sentence works well."));
        m_strength->setStyleSheet(QString());
        return;
    }
    const PassphraseStrength strength = passphraseStrength(passphrase);
    QString text = strength.hint;
    if (!m_repeat->text().isEmpty() && m_repeat->text() != passphrase)
        text += u' ' + tr("The two passphrases differ.");
    m_strength->setText(text);
    const char *colour = strength.level == PassphraseStrength::Level::TooShort ? "#b00020"
        : strength.level == PassphraseStrength::Level::Weak                    ? "#8a5300"
                                                                               : "#1b5e20";
    m_strength->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(QLatin1String(colour)));
}

void FirstRunWizard::joinFolder(const QString &path)
{
    if (path.isEmpty()) {
        setMessage(tr("Choose the shared folder first."), true);
        return;
    }
    setMessage(QString(), false);
    // The share may be a slow network mount: read off the GUI thread.
    const ShareLook look = waitFor<ShareLook>(this, tr("Reading the shared folder…"), [path] {
        ShareLook result;
        result.info = ShareReader(path).readInfo(&result.problem);
        result.empty = QDir(path).exists() && folderIsEmpty(path);
        return result;
    });
    if (!look.info) {
        switch (look.problem) {
        case ShareReader::InfoProblem::NotAShare:
            setMessage(look.empty
                    ? tr(
                        "The folder %1 is empty: no organisation has been set up there yet. Ask IT "
                        "for the right folder, or go back and choose “Set up a new organisation”.")
                          .arg(QDir::toNativeSeparators(path))
                    : tr("The folder %1 is not a PhòngHọp shared folder. Ask IT for the right one.")
                          .arg(QDir::toNativeSeparators(path)),
                true);
            return;
        case ShareReader::InfoProblem::Unreachable:
            setMessage(tr("The folder %1 cannot be opened: %2")
                           .arg(QDir::toNativeSeparators(path), look.info.error()),
                true);
            return;
        default:
            setMessage(look.info.error(), true);
            return;
        }
    }
    const ShareInfo &info = look.info.value();
    const QString offered = keyFingerprint(info.organisationKey);
    const QString required = m_settings ? m_settings->organisationKeyFingerprint() : QString();
    const QByteArray pinned = pinnedOrganisationKey(m_cache);
    if (!required.isEmpty()) {
        // IT named the organisation in the system configuration: honoured without asking.
        if (normaliseFingerprint(required) != offered) {
            setMessage(tr("This folder belongs to “%1” with the key fingerprint %2, but IT has set "
                          "this computer "
                          "to trust only the fingerprint %3. Nothing was joined. Ask IT which "
                          "folder is right.")
                           .arg(info.organisationName, offered, normaliseFingerprint(required)),
                true);
            return;
        }
        if (pinned != info.organisationKey) {
            if (const Status s
                = pinOrganisation(m_cache, info.organisationName, info.organisationKey);
                !s) {
                setMessage(s.error(), true);
                return;
            }
        }
    } else if (pinned != info.organisationKey) {
        OrganisationConfirmDialog confirm(&m_cache, info.organisationName, info.organisationKey,
            QDir::toNativeSeparators(path), this);
        if (confirm.exec() != QDialog::Accepted) {
            setMessage(
                tr("Nothing was trusted. Compare the fingerprint with IT, then try again."), true);
            return;
        }
    }
    if (m_settings) {
        if (const Status saved = m_settings->setSharePath(path); !saved) {
            setMessage(saved.error(), true);
            return;
        }
        if (const Status written = m_settings->sync(); !written) {
            setMessage(written.error(), true);
            return;
        }
    }
    m_sharePath = path;
    setMode(Mode::Done);
    m_doneTitle->setText(tr("Connected to %1").arg(info.organisationName));
    m_doneText->setText(required.isEmpty()
            ? tr("This computer now trusts the organisation with this key fingerprint. Meetings "
                 "arrive from the shared folder in a moment. To take part in votes, enrol this "
                 "device from the session panel (“Enrol this device”).")
            : tr("The key fingerprint matches the one IT set for this computer. Meetings arrive "
                 "from the shared folder in a moment. To take part in votes, enrol this device "
                 "from the session panel (“Enrol this device”)."));
    m_doneFingerprint->setText(groupedFingerprint(offered));
}

void FirstRunWizard::setUp()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const QString name = m_name->text().simplified();
    const QString keyPath = QDir::fromNativeSeparators(m_keyFile->text().trimmed());
    const QString backupPath = QDir::fromNativeSeparators(m_backupFile->text().trimmed());
    const QString passphrase = m_passphrase->text();
    auto refuse = [this](QLineEdit *edit, const QString &text) {
        setMessage(text, true);
        if (edit)
            edit->setFocus();
    };
    if (folder.isEmpty())
        return refuse(m_folder, tr("Choose the shared folder."));
    if (!folderIsEmpty(folder))
        return refuse(m_folder,
            tr("The folder %1 is not empty. A new organisation needs an empty folder. If it "
               "already holds your organisation's shared folder, go back and choose “Join”.")
                .arg(QDir::toNativeSeparators(folder)));
    if (name.isEmpty())
        return refuse(m_name, tr("Type the name of the organisation."));
    if (keyPath.isEmpty())
        return refuse(m_keyFile, tr("Choose where the key file goes."));
    if (QFileInfo::exists(keyPath))
        return refuse(m_keyFile,
            tr("The file %1 already exists. Choose another name: an existing key is never "
               "replaced.")
                .arg(QDir::toNativeSeparators(keyPath)));
    if (!passphraseStrength(passphrase).acceptable())
        return refuse(m_passphrase, passphraseStrength(passphrase).hint);
    if (m_repeat->text() != passphrase)
        return refuse(m_repeat, tr("The two passphrases differ. Type the same one twice."));
    if (backupPath.isEmpty())
        return refuse(
            m_backupFile, tr("Choose where the backup copy goes (a USB stick, for instance)."));
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(keyPath).absoluteFilePath())
        return refuse(m_backupFile,
            tr("The backup copy must be another file than the key, best on another disk."));
    if (QFileInfo::exists(backupPath))
        return refuse(m_backupFile,
            tr("The file %1 already exists. Choose another name: an existing key is never "
               "replaced.")
                .arg(QDir::toNativeSeparators(backupPath)));
    if (!dialogsSuppressed()) {
        QMessageBox box(QMessageBox::Question, tr("Set up the organisation"),
            tr("Set up “%1” in %2?").arg(name, QDir::toNativeSeparators(folder)),
            QMessageBox::NoButton, this);
        box.setInformativeText(
            tr("The organisation's key is created now and saved in %1 and %2. The folder "
               "becomes the organisation's shared folder; this cannot be undone from the app.")
                .arg(QDir::toNativeSeparators(keyPath), QDir::toNativeSeparators(backupPath)));
        QPushButton *yes = box.addButton(tr("Set up"), QMessageBox::AcceptRole);
        box.addButton(tr("Not yet"), QMessageBox::RejectRole);
        for (QAbstractButton *button : box.buttons())
            button->setMinimumHeight(44);
        box.exec();
        if (box.clickedButton() != yes)
            return;
    }
    struct Made {
        Result<SigningKey> key = Result<SigningKey>::failure(QString());
    };
    // Argon2id twice and the share's first files: off the GUI thread.
    const Made made
        = waitFor<Made>(this, tr("Creating the organisation's key and shared folder…"), [=] {
              Made result;
              // The suggested place (the app's data folder) may not exist yet.
              QDir().mkpath(QFileInfo(keyPath).absolutePath());
              QDir().mkpath(QFileInfo(backupPath).absolutePath());
              const SigningKey key = SigningKey::generate();
              if (const Status s = key.saveProtected(keyPath, passphrase, name); !s) {
                  result.key = Result<SigningKey>::failure(s.error());
                  return result;
              }
              if (const Status s = key.saveProtected(backupPath, passphrase, name); !s) {
                  QFile::remove(keyPath);
                  result.key = Result<SigningKey>::failure(QCoreApplication::translate(
                      "phonghop::ui::FirstRunWizard", "The backup copy could not be written: %1")
                                                               .arg(s.error()));
                  return result;
              }
              const Result<OrganisationAdmin> admin
                  = OrganisationAdmin::initialise(folder, name, key);
              if (!admin) {
                  // Nothing refers to these new files yet.
                  QFile::remove(keyPath);
                  QFile::remove(backupPath);
                  result.key = Result<SigningKey>::failure(admin.error());
                  return result;
              }
              result.key = key;
              return result;
          });
    if (!made.key) {
        setMessage(made.key.error(), true);
        return;
    }
    finishSetUp(folder, name, made.key.value(), keyPath, backupPath);
}

void FirstRunWizard::finishSetUp(const QString &sharePath, const QString &name,
    const SigningKey &signingKey, const QString &keyPath, const QString &backupPath)
{
    m_key = signingKey;
    const QByteArray key = signingKey.publicKey();
    // The seat that made the key trusts it: nobody has to compare it with itself.
    QStringList notes;
    if (const Status pinned = pinOrganisation(m_cache, name, key); !pinned)
        notes << pinned.error();
    if (m_settings) {
        if (const Status saved = m_settings->setSharePath(sharePath); !saved)
            notes << saved.error();
        if (const Status written = m_settings->sync(); !written)
            notes << written.error();
        const QString required = m_settings->organisationKeyFingerprint();
        if (!required.isEmpty() && normaliseFingerprint(required) != keyFingerprint(key))
            notes << tr("The system configuration of this computer names another fingerprint (%1): "
                        "ask IT to "
                        "replace it with the new one, or this computer refuses the new folder.")
                         .arg(required);
    }
    rememberSecretaryKeyPath(m_cache, keyPath);
    m_sharePath = sharePath;
    m_secretaryKeyPath = keyPath;
    setMode(Mode::Done);
    m_doneTitle->setText(tr("“%1” is set up").arg(name));
    m_doneText->setText(
        tr("This is the organisation's key fingerprint. Print it or write it down for IT: every "
           "seat compares it when it joins, and IT can put it in the system configuration. The "
           "key is in %1, its backup copy in %2: take the backup away from this computer now. "
           "Next: add the organisation's people in the secretary's workspace (People).")
            .arg(QDir::toNativeSeparators(keyPath), QDir::toNativeSeparators(backupPath)));
    m_doneFingerprint->setText(groupedFingerprint(keyFingerprint(key)));
    if (!notes.isEmpty())
        setMessage(notes.join(u'\n'), true);
}

} // namespace phonghop::ui
