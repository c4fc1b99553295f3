import Foundation
import QIDomain
import QIImport
import QITestSupport
import Testing

/// The input kinds, recognised from content, and malformed input: an error naming the file and line, nothing written.
@Suite struct CQCInputTests {
    @Test func theMonthlyDirectorysTitleBlockBOMAndPipeListsAreRead() throws {
        let inputs = try CQCInputs.read([ImportFixtures.monthly])
        #expect(inputs.descriptions.first?.contains("CQC care directory (CSV), header on line 4 after a title block, 6 rows") == true)
        #expect(inputs.descriptions.first?.contains("CQC Location ID (for office use only) → location id") == true)
        #expect(inputs.producedOn == Day(iso: "2025-03-13"))
        let future = try #require(inputs.locations["1-443780345"])
        #expect(future.serviceTypes == ["Homecare agencies", "Supported living"])
        #expect(future.name == "Future Directions CIC")
    }

    @Test func theRatingsSheetGivesTheFiveKeyQuestionsAndUSDates() throws {
        let inputs = try CQCInputs.read([ImportFixtures.ratingsSheet])
        let home = try #require(inputs.locations["1-143332621"])
        #expect(home.overall == ImportedRating(value: .good, date: Day(iso: "2011-01-17")))
        #expect(home.keyQuestions.count == 5 || home.keyQuestions.isEmpty)
        #expect(home.serviceTypes == ["Care home service without nursing"])
    }

    @Test func jsonLinesAndArraysAreRecognised() throws {
        let record = try String(contentsOfFile: "\(ImportFixtures.api)/location_1-10820630788.json", encoding: .utf8)
        let compact = try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: Data(record.utf8)))
        let line = String(decoding: compact, as: UTF8.self)
        let lines = try ImportFixtures.file(
            "locations.jsonl", "\(line)\n\(line.replacingOccurrences(of: "1-10820630788", with: "1-10820630789"))\n")
        #expect(try CQCInputs.read([lines]).locations.count == 2)
        let array = try ImportFixtures.file("locations.json", "[\(line)]")
        #expect(try CQCInputs.read([array]).locations.keys.sorted() == ["1-10820630788"])
    }

    @Test func aBadJSONLineIsNamedByItsNumberCountingBlankLines() throws {
        let good = #"{"locationId": "1-101641521", "name": "One"}"#
        let text = "\(good)\n\n   \r\n\(good.replacingOccurrences(of: "521", with: "522"))\n{\"locationId\": }\n\(good)\n"
        let path = try ImportFixtures.file("lines.jsonl", text)
        #expect {
            try CQCInputs.read([path])
        } throws: { error in
            (error as? ImportError)?.message.hasPrefix("\(path):5: bad JSON line") == true
        }
        let blanks = try ImportFixtures.file("blanks.jsonl", "\(good)\n\n \t\n\(good.replacingOccurrences(of: "521", with: "522"))")
        #expect(try CQCInputs.read([blanks]).locations.keys.sorted() == ["1-101641521", "1-101641522"])
    }

    @Test func quotedCellsWithLineBreaksAndQuotesAreOneCell() throws {
        // Synthetic: the shape of a quoted multi-line cell, which CQC's spreadsheets have in addresses.
        let text = "\u{FEFF}Location ID,Name,Local Authority\r\n1-101641521,\"Line one\nline \"\"two\"\"\",Oldham\r\n"
        let inputs = try CQCInputs.read([try ImportFixtures.file("sheet.csv", text)])
        #expect(inputs.locations["1-101641521"]?.name == "Line one\nline \"two\"")
    }

    @Test func badJSONNamesTheFileAndLine() throws {
        let path = try ImportFixtures.file("broken.json", "{\n  \"locationId\": \"1-101641521\",\n  \"name\": \n}\n")
        #expect {
            try CQCInputs.read([path])
        } throws: { error in
            (error as? ImportError)?.message.hasPrefix("\(path):") == true && (error as? ImportError)?.message.contains("bad JSON") == true
        }
    }

    @Test func aCSVRowWithTooManyCellsNamesItsLine() throws {
        let path = try ImportFixtures.file("broken.csv", "Location ID,Name\n1-101641521,One\n1-101641522,Two,\"stray\n")
        #expect(throws: ImportError.at(path, line: 3, "bad CSV: this row has 3 cells but the header has 2 (a stray quote or delimiter)")) {
            try CQCInputs.read([path])
        }
    }

    @Test func anUnrecognisedFileSaysWhatItFound() throws {
        let path = try ImportFixtures.file("notes.txt", "Minutes of the meeting\nnothing here\n")
        #expect {
            try CQCInputs.read([path])
        } throws: { error in
            (error as? ImportError)?.message == "\(path): not a CQC file qid reads: it starts with 'Minutes of the meeting'; "
                + "expected CQC API location JSON or a CQC CSV whose header has a Location ID column"
        }
    }

    @Test func aMalformedFileStopsTheImportBeforeAnythingIsWritten() throws {
        let content = try ImportFixtures.content()
        let broken = try ImportFixtures.file("broken.json", "[{\"locationId\": \"1-101641521\"},")
        let before = ImportFixtures.snapshot(content)
        #expect(throws: ImportError.self) { try CQCImporter(content: content).run([ImportFixtures.api, broken]) }
        #expect(ImportFixtures.snapshot(content) == before)
    }
}
