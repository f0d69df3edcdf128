#pragma once

#include "session/sessiontaskwidget.h"

class QGroupBox;
class QListWidget;

namespace phonghop {
enum class AgendaItemProgress;
}

namespace phonghop::ui {

// The agenda as the session runs it: every item in order (sub-items right under their item),
// its planned minutes, which one is current and what the chair marked it (done, deferred,
// withdrawn). The chair marks the selected item (the current one unless another is picked)
// with large buttons; every seat sees the marks.
class AgendaWidget final : public SessionTaskWidget {
    Q_OBJECT
public:
    explicit AgendaWidget(SessionService &service, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

private:
    void refresh() override;
    QString selectedItemId() const;
    void mark(AgendaItemProgress progress);

    QListWidget *m_list = nullptr;
    QGroupBox *m_chair = nullptr;
};

} // namespace phonghop::ui
