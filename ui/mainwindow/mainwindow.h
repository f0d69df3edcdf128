#pragma once

#include <QMainWindow>

namespace phonghop::ui {

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace phonghop::ui
