/** Rows per request on the list page: Spott's default page size. */
export const LIST_PAGE_SIZE = 25
