/** The store's name in the @wordpress/data registry. */
export const STORE_NAME = 'webinars/room';
