// Instagram replica (Lexical caption in Create new post, comment textareas) with the built extension.
import { describeSite } from "./site-suite"
import { site } from "./sites"

describeSite(site("instagram"))
