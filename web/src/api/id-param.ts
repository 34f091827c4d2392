/** The `:id` of a route, as the typed client takes it: `tip.$get(idParam(3))`. */
export const idParam = (id: number | string) => ({ param: { id: String(id) } });
