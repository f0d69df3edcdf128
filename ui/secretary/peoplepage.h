#pragma once

#include "meeting_core/org/peopledirectory.h"
#include "meeting_core/util/result.h"

#include <QDialog>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace phonghop {
class OrganisationAdmin;
}

namespace phonghop::ui {

class OrganisationAccess;

// One person of the directory, added or edited: full name, position, unit, default role and
// vote weight. A new person's id is made from the name.
class PersonDialog final : public QDialog {
    Q_OBJECT
public:
    // person: the one edited, or a new one (empty id). takenIds: for a new person's id.
    PersonDialog(const DirectoryPerson &person, QStringList takenIds, QWidget *parent = nullptr);
    DirectoryPerson person() const;
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *saveButton() const { return m_save; }

private:
    void save();

    DirectoryPerson m_person;
    QStringList m_taken;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_position = nullptr;
    QLineEdit *m_unit = nullptr;
    QComboBox *m_role = nullptr;
    QSpinBox *m_weight = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

// The secretary's "People" page (danh bạ): the organisation's directory on the share, with
// add, edit, retire and import from the staff list's CSV/Excel export. Every change is a new
// signed revision written through OrganisationAdmin on a worker thread.
class PeoplePage final : public QWidget {
    Q_OBJECT
public:
    explicit PeoplePage(OrganisationAccess &access, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    const PeopleDirectory &directory() const { return m_directory; }
    bool isBusy() const { return m_busy; }
    QString messageText() const;

    // Reads the directory from the share (in the background).
    void reload();
    void addPerson();
    void editSelected();
    void retireSelected();
    void importList(const QString &path);
    // Writes person as the page's buttons do, without the dialog (tests, import of one).
    void savePerson(const DirectoryPerson &person);
    // The body's rules about proxies, as "Save the rules" writes them: a new directory
    // revision, then the rosters of upcoming meetings (docs/session.md).
    void saveBodyRules(bool proxyVoting, bool countProxiesForQuorum);
    QCheckBox *proxyVotingBox() const { return m_proxyVoting; }
    QCheckBox *countProxiesBox() const { return m_countProxies; }

Q_SIGNALS:
    // A read or a write ended (the table shows its result).
    void workFinished();

private:
    using Write = std::function<Result<PeopleDirectory>(OrganisationAdmin &, QString *message)>;
    void runWrite(const QString &busyText, Write write);
    void showDirectory(const PeopleDirectory &directory);
    void setBusy(bool busy, const QString &text = {});
    void setMessage(const QString &text, bool isError);
    const DirectoryPerson *selectedPerson() const;

    OrganisationAccess &m_access;
    PeopleDirectory m_directory;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_showRetired = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QList<QPushButton *> m_buttons;
    QPushButton *m_edit = nullptr;
    QPushButton *m_retire = nullptr;
    QCheckBox *m_proxyVoting = nullptr;
    QCheckBox *m_countProxies = nullptr;
    QPushButton *m_saveRules = nullptr;
    bool m_busy = false;
    bool m_announcing = false; // this page's own directoryChanged
};

} // namespace phonghop::ui
