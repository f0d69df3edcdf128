#include "mainwindow.h"

namespace phonghop::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("PhòngHọp"));
}

} // namespace phonghop::ui
