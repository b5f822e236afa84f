// X replica (Draft.js home composer, reply and compose dialogs in #layers) with the built extension.
import { describeSite } from "./site-suite"
import { site } from "./sites"

describeSite(site("x"))
