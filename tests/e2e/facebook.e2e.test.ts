// Facebook replica (Lexical create-post dialog, comment boxes) with the built extension.
import { describeSite } from "./site-suite"
import { site } from "./sites"

describeSite(site("facebook"))
