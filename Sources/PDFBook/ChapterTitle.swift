/// Chapter titles as printed: "第一章　总体情况".
enum ChapterTitle {
    /// `title` with the chapter's number in Chinese, unless the author
    /// already numbered it ("第一章 …", "一、…").
    static func display(number: Int, title: String) -> String {
        if isNumbered(title) { return title }
        guard number > 0 else { return title }
        return "第\(chineseNumeral(number))章\u{3000}\(title)"
    }

    /// "第三章 …" or "三、…".
    static func isNumbered(_ title: String) -> Bool {
        let numerals = Set("零一二三四五六七八九十百0123456789")
        let count = title.prefix { numerals.contains($0) }.count
        if count > 0, title.dropFirst(count).hasPrefix("、") { return true }
        guard title.hasPrefix("第") else { return false }
        let digits = title.dropFirst().prefix { numerals.contains($0) }.count
        return digits > 0 && title.dropFirst(1 + digits).hasPrefix("章")
    }

    /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五.
    static func chineseNumeral(_ value: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard value > 0, value < 1000 else { return String(value) }
        let hundreds = value / 100, tens = (value / 10) % 10, ones = value % 10
        var out = ""
        if hundreds > 0 { out += digits[hundreds] + "百" }
        if tens > 0 {
            out += (tens == 1 && hundreds == 0 ? "" : digits[tens]) + "十"
        } else if hundreds > 0 && ones > 0 {
            out += "零"
        }
        if ones > 0 { out += digits[ones] }
        return out
    }
}
