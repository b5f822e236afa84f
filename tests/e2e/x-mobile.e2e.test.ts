// X mobile-web replica (plain React-controlled <textarea>) with the built extension.
import { describeSite } from "./site-suite"
import { site } from "./sites"

describeSite(site("xMobile"))
