"""Printing through QTextDocument and QPrinter (QtGui/QtPrintSupport only): preview, printer, PDF."""

from arsip_berita.printing.document import (PrintCancelledError, PrintFailedError, configure_printer,
                                            ensure_gui_app, print_document, write_pdf)

__all__ = ["PrintCancelledError", "PrintFailedError", "configure_printer", "ensure_gui_app",
           "print_document", "write_pdf"]
