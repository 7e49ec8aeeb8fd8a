// Puppeteer configuration: use a system Chromium where one is installed (offline machines, CI), else Puppeteer's own Chrome.
// https://pptr.dev/guides/configuration
const { existsSync } = require("node:fs");

const systemBrowsers = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];
const fromEnv = process.env.PUPPETEER_EXECUTABLE_PATH;
const systemBrowser = fromEnv && existsSync(fromEnv) ? fromEnv : systemBrowsers.find((path) => existsSync(path));

/** @type {import("puppeteer").Configuration} */
module.exports = systemBrowser ? { skipDownload: true, executablePath: systemBrowser } : {};
