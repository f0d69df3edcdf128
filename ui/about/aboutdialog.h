#pragma once

#include "meeting_core/settings/buildinfo.h"

#include <QDialog>

namespace phonghop::ui {

// Which PhòngHọp this is and on what it runs: what IT support asks first. The "Copy" button
// puts the same text as `phonghop-cli --version` on the clipboard.
class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    AboutDialog(const BuildInfo &info, const QString &systemConfigPath, QWidget *parent = nullptr);

    // The text the "Copy" button puts on the clipboard.
    QString reportText() const;

private:
    BuildInfo m_info;
    QString m_systemConfigPath;
};

} // namespace phonghop::ui
