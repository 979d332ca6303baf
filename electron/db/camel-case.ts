// Kysely's camelCase naming, for the queries only: the connection (connection.ts) already names
// each row's columns in camelCase as it reads them, so the rows are not copied a second time.
import { CamelCasePlugin, type PluginTransformResultArgs, type QueryResult, type UnknownRow } from 'kysely';

export class QueryCamelCasePlugin extends CamelCasePlugin {
  /** The name a column is read back as. */
  columnName(column: string): string {
    return this.camelCase(column);
  }

  override transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}
