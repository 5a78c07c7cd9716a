#include "core/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// Both translation files are complete, and the Vietnamese one is what users get by default.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void filesAreComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("vi") << u"motcua_vi.ts"_s;
        QTest::newRow("en") << u"motcua_en.ts"_s;
    }

    void filesAreComplete()
    {
        QFETCH(QString, file);
        QFile ts(QDir(qEnvironmentVariable("MOTCUA_SOURCE_DIR")).filePath(u"translations/"_s + file));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList missing;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                ++messages;
                const QString type = xml.attributes().value(u"type"_s).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == u"unfinished" || type == u"vanished" || text.trimmed().isEmpty())
                    missing.append(source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 50);
        QVERIFY2(missing.isEmpty(), qPrintable(u"untranslated: "_s + missing.join(u" | "_s)));
    }

    void vietnameseIsTheDefault()
    {
        int argc = 0;
        QCoreApplication app(argc, nullptr);
        qputenv("LANGUAGE", "fr");
        QCOMPARE(motcua::installTranslations(app), u"vi"_s);
        const QString translated =
            QCoreApplication::translate("IntakeService", "Enter the applicant's full name.");
        QVERIFY(translated != u"Enter the applicant's full name."_s);
        QVERIFY2(translated.contains(u"họ"_s, Qt::CaseInsensitive), qPrintable(translated));
    }
};

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
