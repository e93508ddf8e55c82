// Loads the bundle only after the elements have sat in the page, unupgraded, for a while.
setTimeout(() => import('/dist/opportunity-kit.js'), 200);
