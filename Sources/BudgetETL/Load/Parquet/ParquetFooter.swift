extension Parquet {
    /// The footer: the schema as a root group and one flat column per table column.
    static func fileMetadata(schema: TableSchema, rowCount: Int, rowGroups: [RowGroup],
                             keyValues: [(key: String, value: String)], createdBy: String) -> [UInt8] {
        var w = ThriftCompactWriter()
        w.i32(1, 2)                                                   // version
        w.list(2, structs: [nil] + schema.columns.map { Optional($0) }) { e, column in
            guard let column else {                                   // the root group
                e.string(4, "schema")
                e.i32(5, Int32(schema.columns.count))
                return
            }
            writeSchemaElement(&e, column)
        }
        w.i64(3, Int64(rowCount))
        w.list(4, structs: rowGroups) { g, group in group.write(&g) }
        w.list(5, structs: keyValues) { kv, pair in
            kv.string(1, pair.key)
            kv.string(2, pair.value)
        }
        w.string(6, createdBy)
        w.list(7, structs: schema.columns) { order, _ in order.structure(1) { _ in } }   // TYPE_ORDER
        w.stop()
        return w.bytes
    }

    private static func writeSchemaElement(_ e: inout ThriftCompactWriter, _ column: ColumnSchema) {
        let layout = ColumnLayout(column.type)
        e.i32(1, layout.physicalType.rawValue)
        if let length = layout.fixedLength { e.i32(2, Int32(length)) }
        e.i32(3, (column.nullable ? Repetition.optional : Repetition.required).rawValue)
        e.string(4, column.name)
        switch column.type {
        case .string:
            e.i32(6, ConvertedType.utf8.rawValue)
            e.structure(10) { $0.structure(1) { _ in } }                    // LogicalType.STRING
        case .integer:
            break
        case .decimal(let precision, let scale):
            e.i32(6, ConvertedType.decimal.rawValue)
            e.i32(7, Int32(scale))
            e.i32(8, Int32(precision))
            e.structure(10) { logical in                                    // LogicalType.DECIMAL
                logical.structure(5) { d in
                    d.i32(1, Int32(scale))
                    d.i32(2, Int32(precision))
                }
            }
        }
    }
}
