#pragma once

#include "meeting_core/publish/draftmeeting.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace phonghop::ui {

// The participants table: name, position, role, vote weight. People are added one by one
// or imported from a CSV file (UTF-8 or Windows-1258).
class ParticipantsEditor final : public QWidget {
    Q_OBJECT
public:
    explicit ParticipantsEditor(QWidget *parent = nullptr);

    void setParticipants(const QList<DraftParticipant> &participants);
    QList<DraftParticipant> participants() const;
    // Adds people read from CSV (ids assigned against those already present); returns the
    // message to show (encoding, skipped rows) or an error.
    void importCsv(const QString &path);
    QString lastImportMessage() const { return m_lastImportMessage; }

Q_SIGNALS:
    void edited();
    void message(const QString &text, bool isError);

private:
    void addRow(const DraftParticipant &participant);
    void addPerson();
    void removeSelected();
    void chooseCsv();

    QTableWidget *m_table = nullptr;
    QString m_lastImportMessage;
    bool m_loading = false;
};

} // namespace phonghop::ui
